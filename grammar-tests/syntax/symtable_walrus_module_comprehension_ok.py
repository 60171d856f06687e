print([y := x for x in range(3)], y)
