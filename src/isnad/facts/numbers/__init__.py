"""Quantities in Arabic text: value, counted noun (unit) and whether the amount is hedged.

Reads digits (ASCII and Arabic-Indic, decimal and thousands separators), number words with their gender and case
forms (سبعة، أربع، ثلاثمائة، ألفين، خمسة وعشرون), multipliers (3 آلاف، 2,5 مليون، نصف مليون), vague plurals coded as
10/100/1000 and flagged approximate (عشرات، مئات، الآلاف، عشرات الآلاف), fractions (نصف، ثلث), percentages
(% / في المائة / بالمئة), ranges (بين 10 و20، من 3 إلى 5: each bound a number of its own, approximate), duals of time,
repetition, measure and money (يومين، مرتين، مترين) and ordinals that count elapsed days (اليوم العاشر). The unit is the counted noun in its
singular dictionary form (حافلات -> حافلة، عنصراً -> عنصر، نساء -> امرأة), from the unit lexicon or by rule, taken
from context when the number leaves it out (مئات من مقاتلي -> مقاتل؛ 75 منهم -> the unit of the nearest larger
number before it). Hedges (نحو، حوالي، أكثر من، على الأقل …) set ``approximate``.

Not quantities (SCHEMA): dates and years (the time module passes their spans in ``exclude``), ordinals other than
elapsed days, numbers that identify (القرار 2254، «دير الزور 24»، F-16), and duals of persons or objects.
All lexicons are data files in ``isnad/facts/data/``.

Modules: :mod:`.lexicon` (the word lists and look-ups), :mod:`.amount` (the amount at one position),
:mod:`.nouns` (the counted noun), :mod:`.reader` (context and the whole pass: :func:`find_numbers`).
"""
from .amount import Amount, read_amount
from .lexicon import NumWord, Units, clitic_variants, number_words, ordinals, units
from .reader import amount_at, find_numbers

__all__ = ["Amount", "NumWord", "Units", "amount_at", "clitic_variants", "find_numbers", "number_words", "ordinals",
           "read_amount", "units"]
