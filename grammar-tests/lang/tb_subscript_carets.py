# conformance: whole-stderr
# Subscripts get ~~~^^^^^ markers; a nested call inside is followed through frames.
config = {"db": {"host": "x"}}


def get(section, key):
    return config[section][key] + "!"


print(get("db", "host"))
get("db", "port")
