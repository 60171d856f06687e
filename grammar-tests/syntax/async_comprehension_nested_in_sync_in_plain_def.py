def main():
    return [[await v for v in row] for row in rows]
