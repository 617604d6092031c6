"""spectral_norm: the largest singular value of an infinite matrix, approximated.

The matrix A has entries a(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1).
Its spectral norm is the square root of the largest eigenvalue of A'A,
found by the power method: start from u = (1, 1, ...), repeatedly compute
v = A'A u and u = A'A v, then sqrt(u.v / v.v) converges to the norm
(1.274224...) as the matrix grows.

Exercises: function calls in tight loops, float division, list building, zip.
Size: number of times the norm of a 120 x 120 section is computed.
"""

import sys

DEFAULT_SIZE = 6  # computations of a 120 x 120 norm
N = 120
ITERATIONS = 10


def entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(vector):
    """A v"""
    n = len(vector)
    return [sum(entry(i, j) * value for j, value in enumerate(vector)) for i in range(n)]


def times_transposed(vector):
    """A' v"""
    n = len(vector)
    return [sum(entry(j, i) * value for j, value in enumerate(vector)) for i in range(n)]


def times_a_transposed_a(vector):
    return times_transposed(times(vector))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(ITERATIONS):
        v = times_a_transposed_a(u)
        u = times_a_transposed_a(v)
    u_dot_v = sum(a * b for a, b in zip(u, v))
    v_dot_v = sum(b * b for b in v)
    return (u_dot_v / v_dot_v) ** 0.5


def main(size):
    norms = {spectral_norm(N) for _ in range(size)}
    for norm in sorted(norms):
        print(f"spectral norm of the {N} x {N} section (x{size}): {norm:.9f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
