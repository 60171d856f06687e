def main():
    with open_file() as f:
        async with lock:
            pass
