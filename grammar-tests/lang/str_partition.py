# partition/rpartition, removeprefix/removesuffix.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("nosep".partition("="), "nosep".rpartition("="), "".partition("x"))
print("abc".partition("abc"), "aXbXc".partition("X"), "日本=語".partition("="))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".rpartition(None)
except TypeError as e:
    print("TypeError:", e)
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.py".removesuffix(".py"), "a".removesuffix(""))
print("aaa".removeprefix("a"), "".removesuffix("x"))
