for item in items:
    try:
        break
        await early
    finally:
        await late
