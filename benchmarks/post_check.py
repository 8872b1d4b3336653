"""Post check cost: 3,000-character French posts checked against each platform.

Target: ≤ 2 ms median per check, so the drafting workshop can re-check the
draft on every keystroke. Two posts: a realistic one that mixes accented
French, emoji (a ZWJ family, a skin tone, a flag), links with and without
``https://``, hashtags and mentions; and a dense one with 55 links and 55
emoji sequences, where finding the links (X's rules) is the costly part.

    python benchmarks/post_check.py [--runs 200]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median  # noqa: E402

TARGET_MS = 2.0
PLATFORMS = ("x", "linkedin", "facebook", "instagram", "gbp")
PARAGRAPHS = [
    "Ce matin à l’atelier 🥖👩‍🍳, la fournée de 5 h est sortie dorée à point : levain maison, farine bio "
    "du Gers et une bonne dose de patience. Nous avons testé une nouvelle recette de pain aux noix 🌰 "
    "avec Élodie, notre apprentie, qui prépare son CAP cette année. 👍🏽",
    "Vous êtes nombreux à nous demander nos horaires d’été ☀️ : ils sont sur https://boulangerie-dupont.fr/horaires "
    "et sur notre fiche Google. Pour les commandes de pièces montées, écrivez-nous ou passez directement au "
    "magasin, rue de la République à Lyon 🇫🇷.",
    "Merci à @MairieDeLyon et au marché de la Croix-Rousse pour l’accueil samedi dernier 👨‍👩‍👧‍👦 ! "
    "Les photos de la journée sont sur boulangerie-dupont.fr/marche, et la recette du pain aux noix arrive "
    "bientôt. Qu’est-ce qui vous ferait plaisir pour la rentrée : brioche, fougasse ou pain d’épices ?",
]
HASHTAGS = "#boulangerie #artisan #lyon #painaulevain #faitmaison #croixrousse"


def sample_post(size: int = 3000) -> str:
    """A French post of exactly ``size`` characters, hashtags at the end."""
    body = ""
    while len(body) < size:
        body += "\n\n".join(PARAGRAPHS) + "\n\n"
    tail = "\n\n" + HASHTAGS
    return body[: size - len(tail)] + tail


def dense_post(size: int = 3000) -> str:
    """55 different links and 55 emoji sequences (family, skin tone, flag, cook, keycap), then plain text."""
    sequences = ["👨‍👩‍👧‍👦", "👍🏽", "🇫🇷", "👩‍🍳", "1️⃣"]
    body = "".join(f"Voir boulangerie-dupont.fr/page{n} {sequences[n % 5]} et " for n in range(55))
    return (body + "Pain au levain, farine du moulin. " * 100)[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    from kit.writing.post_check import check_post

    posts = {"realistic": sample_post(), "55 links + 55 emoji": dense_post()}
    for text in posts.values():
        for platform in PLATFORMS:
            check_post(text, platform)  # warm-up: content loading, twitter-text tables
    worst = 0.0
    for name, text in posts.items():
        print(f"post check of a {len(text)}-character post ({name}), median of {args.runs} runs:")
        for platform in PLATFORMS:
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                check_post(text, platform)
                times.append((time.perf_counter() - start) * 1000)
            print(f"  {platform:<10} {median(times):.2f} ms")
            worst = max(worst, median(times))
    ok = worst <= TARGET_MS
    print(f"slowest platform {worst:.2f} ms; target <= {TARGET_MS:.0f} ms: {'OK' if ok else 'OVER TARGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
