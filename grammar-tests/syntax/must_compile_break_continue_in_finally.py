def main(items):
    for item in items:
        try:
            pass
        finally:
            if item:
                break
            continue

print(main([1, 2]))
