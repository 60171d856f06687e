[first, *middle, *last] = values
