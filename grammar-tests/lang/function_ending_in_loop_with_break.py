def main(items):
    for item in items:
        if item:
            break
        continue
print(main([1, 2]))
