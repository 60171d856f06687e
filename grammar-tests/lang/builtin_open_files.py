# open(): text and binary write/read/append of a file in /tmp named after the case.
path = "/tmp/pyasync_builtin_open_files.txt"
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("é\n")
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print([l.rstrip("\n") for l in f])
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, data)
with open(path, "wb") as f:
    f.write(b"\x00\x01bin")
with open(path, "rb") as f:
    print(f.read())
f = open(path)
print(f.closed)
f.close()
print(f.closed)
try:
    open("/tmp/pyasync_no_such_dir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
