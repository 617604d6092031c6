# Circular imports: a partially initialised module is visible; from-imports of a missing name fail.
import cyclic.first
print("done:", cyclic.first.VALUE, cyclic.second.VALUE)
try:
    import cyclic.broken_a
except ImportError as error:
    print("ImportError:", str(error).split(" (")[0])
