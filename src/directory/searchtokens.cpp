#include "directory/searchtokens.h"

namespace lobbydesk {
namespace {

// Enough for any name; bounds the index words of a long company name.
constexpr qsizetype kMaxRunSyllables = 16;
// A query of more words than this is cut: nobody types that many at a kiosk.
constexpr qsizetype kMaxQueryWords = 8;

void appendUnique(QStringList &list, const QString &word)
{
    if (!word.isEmpty() && !list.contains(word))
        list.append(word);
}

// The runs of Han characters of a text, in order.
QList<QString> hanRuns(QStringView text)
{
    QList<QString> runs;
    QString run;
    for (const char32_t ch : text.toUcs4()) {
        if (isHanCharacter(ch)) {
            run += QString::fromUcs4(&ch, 1);
        } else if (!run.isEmpty()) {
            runs.append(std::exchange(run, {}));
        }
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

bool startsWithHan(QStringView text)
{
    const QList<uint> ucs4 = text.trimmed().toUcs4();
    return !ucs4.isEmpty() && isHanCharacter(ucs4.first());
}

} // namespace

QStringList searchWords(QStringView text)
{
    QStringList words;
    QString word;
    const QString normalized = text.toString().normalized(QString::NormalizationForm_KC);
    for (const char32_t ch : normalized.toUcs4()) {
        if (isHanCharacter(ch)) {
            if (!word.isEmpty())
                words.append(std::exchange(word, {}));
            words.append(QString::fromUcs4(&ch, 1));
        } else if (QChar::isLetterOrNumber(ch)) {
            word += QString::fromUcs4(&ch, 1).toLower();
        } else if (!word.isEmpty()) {
            words.append(std::exchange(word, {}));
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

NameTokens nameTokens(QStringView name, PinyinText kind)
{
    NameTokens tokens;
    const QStringList words = searchWords(name);
    for (const QString &word : words)
        appendUnique(tokens.all, word);
    if (!words.isEmpty())
        appendUnique(tokens.start, words.first());
    QStringList latin;
    for (const QString &word : words) {
        if (!isHanCharacter(word.toUcs4().first()))
            latin.append(word);
    }
    if (latin.size() > 1)
        appendUnique(tokens.all, latin.join(QString()));

    const QList<QString> runs = hanRuns(name);
    for (qsizetype r = 0; r < runs.size(); ++r) {
        // Only a person's name starts with a surname; a company's does not.
        const bool surname = r == 0 && kind == PinyinText::PersonName && startsWithHan(name);
        QStringList syllables
            = pinyinSyllables(runs[r], surname ? PinyinText::PersonName : PinyinText::Plain);
        syllables = syllables.mid(0, kMaxRunSyllables);
        for (qsizetype i = 0; i < syllables.size(); ++i) {
            appendUnique(tokens.all, syllables[i]);
            QString full;
            QString initials;
            for (qsizetype j = i; j < syllables.size(); ++j) {
                full += syllables[j];
                initials += syllables[j].front();
            }
            appendUnique(tokens.all, full);
            appendUnique(tokens.all, initials);
            if (i == 0 && r == 0 && startsWithHan(name)) {
                appendUnique(tokens.start, full);
                appendUnique(tokens.start, initials);
            }
        }
    }
    return tokens;
}

QStringList unitTokens(QStringView unit)
{
    QStringList tokens = searchWords(unit);
    if (tokens.size() > 1)
        appendUnique(tokens, tokens.join(QString()));
    return tokens;
}

QString searchMatchExpression(QStringView query)
{
    const QStringList words = searchWords(query).mid(0, kMaxQueryWords);
    QStringList phrases;
    for (qsizetype i = 0; i < words.size(); ++i) {
        // Words hold only letters, digits and Han characters: nothing to escape in quotes.
        QString phrase = u'"' + words[i] + u'"';
        // A Han character is a whole word already; a prefix of it would only cost time.
        if (i == words.size() - 1 && !isHanCharacter(words[i].toUcs4().first()))
            phrase += u'*';
        phrases.append(phrase);
    }
    return phrases.join(u' ');
}

bool nameStartsWith(QStringView name, PinyinText kind, QStringView query)
{
    const QString typed = searchWords(query).join(QString());
    if (typed.isEmpty())
        return false;
    if (searchWords(name).join(QString()).startsWith(typed))
        return true;
    const QStringList syllables = pinyinSyllables(name, kind);
    if (syllables.join(QString()).startsWith(typed))
        return true;
    QString initials;
    for (const QString &syllable : syllables)
        initials += syllable.front();
    return initials.startsWith(typed);
}

} // namespace lobbydesk
