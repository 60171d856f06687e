# input() reads lines from stdin; the prompt goes to stdout; EOF raises EOFError.
name = input()
print("name:", repr(name))
age = input("age? ")
print("age:", int(age) + 1)
rest = input("")
print("rest:", rest.split())
try:
    input("more? ")
except EOFError as e:
    print("EOFError", repr(e))
