x = 1
s = '''abc

y = 2
