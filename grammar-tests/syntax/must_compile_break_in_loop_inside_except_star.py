def main():
    try:
        pass
    except* ValueError:
        for item in range(3):
            if item:
                break
            continue

main()
print('done')
