def main():
    return {await k: v for k, v in pairs}
