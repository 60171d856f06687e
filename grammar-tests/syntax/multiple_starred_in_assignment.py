first, *middle, *last = values
