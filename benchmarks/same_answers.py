"""Asks two servers (OLD, NEW) the same questions and compares their answers as JSON.

Each line of CARTS is one cart (item ids separated by spaces): its cart cross-sell, and item
cross-sell and up-sell of its first item. recommendationId differs per answer and is left out.
Exits 1 on the first difference, printing both answers.
"""
import json
import os
import sys
import urllib.request


def ask(base, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as answer:
            status, text = answer.status, answer.read()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read()
    parsed = json.loads(text)
    if isinstance(parsed, dict):
        parsed.pop("recommendationId", None)
    return status, parsed


def main():
    old, new = os.environ["OLD"], os.environ["NEW"]
    carts = [line.split() for line in open(os.environ["CARTS"]) if line.strip()]
    asked = 0
    offers = 0
    for cart in carts:
        questions = [("/carts/cross-sell", {"items": cart, "count": 10}),
                     ("/items/%s/cross-sell" % cart[0], None),
                     ("/items/%s/cross-sell?count=7" % cart[0], None),
                     ("/items/%s/up-sell" % cart[0], None)]
        for path, body in questions:
            a, b = ask(old, path, body), ask(new, path, body)
            asked += 1
            if a[0] == 200:
                offers += len(a[1]["items"])
            if a != b:
                print("DIFFERENT answers to", path, body)
                print(" old:", a)
                print(" new:", b)
                sys.exit(1)
    print("same answers: %d questions over %d real carts, %d offers (all but recommendationId)"
          % (asked, len(carts), offers))
    if offers == 0:
        print("but no offers at all: nothing was compared")
        sys.exit(1)


if __name__ == "__main__":
    main()
