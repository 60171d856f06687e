async def main():
    await 3.5

main().send(None)
