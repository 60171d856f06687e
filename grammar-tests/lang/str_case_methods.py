# upper/lower/title/capitalize/swapcase/casefold, including non-ASCII text.
s = "hello World, it's a fine DAY 2day"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print(s.casefold())
print("ß".upper(), "ß".casefold(), "ß".lower(), "ǆ".title(), "ǅ".swapcase(), "İ".lower() == "i\u0307")
print("ÉCOLE".lower(), "straße".upper(), "ﬁne".upper(), "σς".upper(), "ΣΑΣ".lower())
print("hello_world-foo bar".title(), "o'neil mc-donald".title(), "123abc".capitalize(), "ABC".capitalize())
print("".upper(), "x".title(), "  lead".capitalize(), "ǉubljana".capitalize())
