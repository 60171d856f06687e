def main():
    greeting = 'héllo wörld'; await x
