def f():
    éé = 1; global éé
