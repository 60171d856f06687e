items = [1, 2]
print(*items, [*items], {*items}, (*items, 3))
value = *items, 4
print(value)
