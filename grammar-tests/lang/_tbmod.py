def run():
    helper(0)

def helper(n):
    return 10 / n
