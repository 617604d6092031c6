# A Matrix class with operator overloading: add, multiply, transpose, determinant, equality.
from fractions import Fraction
class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(Fraction, row)) for row in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def __mul__(self, k):
        return Matrix([[a * k for a in row] for row in self.rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return self.rows == other.rows
    def transpose(self):
        return Matrix(list(zip(*self.rows)))
    def determinant(self):
        rows = [row[:] for row in self.rows]
        n = len(rows)
        det = Fraction(1)
        for i in range(n):
            pivot = next((r for r in range(i, n) if rows[r][i] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != i:
                rows[i], rows[pivot] = rows[pivot], rows[i]
                det = -det
            det *= rows[i][i]
            for r in range(i + 1, n):
                factor = rows[r][i] / rows[i][i]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[i])]
        return det
    def __repr__(self):
        return "Matrix(" + "; ".join(" ".join(str(x) for x in row) for row in self.rows) + ")"
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a @ b, 2 * a, a * Fraction(1, 2), a.transpose(), a.shape)
print(a.determinant(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).determinant(), Matrix([[1, 2], [2, 4]]).determinant())
print(a @ b @ b == a, (a @ a).transpose() == a.transpose() @ a.transpose())
