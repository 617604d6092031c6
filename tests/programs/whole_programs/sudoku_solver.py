# A backtracking sudoku solver with constraint sets, printing the solved grid.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [line for line in text.split() if line]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]
def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [n for n in range(1, 10) if n not in used]
def solve(grid, stats):
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                for n in candidates(grid, r, c):
                    grid[r][c] = n
                    stats["placements"] += 1
                    if solve(grid, stats):
                        return True
                    grid[r][c] = 0
                return False
    return True
grid = parse(PUZZLE)
stats = {"placements": 0}
print("solved:", solve(grid, stats), stats)
for row in grid:
    print(" ".join(map(str, row)))
assert all(sorted(row) == list(range(1, 10)) for row in grid)
