# lists built with comprehensions and builtins: nested lists, copies, aliasing, slicing copies.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[::-1] for row in grid], [list(col) for col in zip(*grid)])
flat = [x for row in grid for x in row if x % 2 == 0]
print(flat, sum(flat), max(flat), min(flat), len(flat))
copy = grid[:]
copy[0] = "replaced"
print(grid[0], copy[0])
shallow = list(grid)
shallow[1][1] = "shared"
print(grid[1])
print([i for i in range(10)][2:8:2], [c * 2 for c in "ab"], [[]] * 2, [None] * 3)
print(sorted([x % 4 for x in range(10)], reverse=True), list(reversed([1, [2, 3]])))
l = [5, 3, 1]
l[len(l):] = [0]
l[:0] = [9]
print(l, l[-1:], l[:-1], l[::-2])
