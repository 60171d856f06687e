# conformance: whole-stderr
# Deep recursion: repeated frames are collapsed as "[Previous line repeated N more times]".
def down(n):
    return down(n + 1)


down(0)
