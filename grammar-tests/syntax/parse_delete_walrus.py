del a := 1
