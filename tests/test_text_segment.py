from marsad.text.segment import split_sentences
from marsad.text.tokenize import Tokenizer


def test_sentences_split_on_stops_not_on_decimals():
    text = "ارتفع النمو إلى 3.5 بالمئة. وقال الوزير إن الوضع مستقر! هل ستتحسن الأمور؟ نعم"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "ارتفع النمو إلى 3.5 بالمئة.",
        "وقال الوزير إن الوضع مستقر!",
        "هل ستتحسن الأمور؟",
        "نعم",
    ]


def test_tokens_keep_original_spans_and_clitics():
    text = "وبحث الجانبان بالعاصمة طرابلس"
    toks = Tokenizer({"بحث", "جانب", "عاصم", "طرابلس"}).tokenize(text)
    assert [text[t.start : t.end] for t in toks] == text.split()
    assert toks[0].key == "بحث" and toks[0].clitics == "و"
    assert toks[2].key == "عاصم" and toks[2].clitics == "بال"


def test_example_comes_out_as_three_stories(example_coded):
    sizes = [len(s.sentences) for s in example_coded.stories]
    assert sizes == [6, 4, 2]
    assert example_coded.stories[1].sentences[0].text.startswith("التقى المكلف")
    assert example_coded.stories[2].sentences[0].text.startswith("أعربت وزارة الخارجية")
