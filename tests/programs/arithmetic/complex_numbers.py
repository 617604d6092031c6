# Complex arithmetic, attributes, and what complex numbers refuse to do.
import cmath
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, z ** 2, abs(z), -z, +z, z.conjugate())
print(z.real, z.imag, type(z.real).__name__, complex("1+2j"), complex(2), complex("-j"))
print(z == complex(3, 4), z != w, 1j ** 2, (1 + 0j) == 1, hash(1 + 0j) == hash(1))
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), round(cmath.exp(1j * cmath.pi).real, 10))
for expression in ["z < w", "z // w", "z % w", "int(z)", "round(z)"]:
    try:
        print(eval(expression))
    except TypeError as error:
        print(expression, "->", "TypeError:", error)
try:
    z / 0
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
print(f"{z:.2f}", f"{w!r}", format(1.5 + 2j, "^20"), repr(complex(0, -0.0)))
