def main():
    print("main called", __name__)
if __name__ == "__main__":
    main()
print(__file__ if False else "file hidden", __name__ == "__main__")
