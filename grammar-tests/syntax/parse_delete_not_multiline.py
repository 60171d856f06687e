x = y = 1; del x, (y,
    not x); z = 2
