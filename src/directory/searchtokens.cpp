#include "directory/searchtokens.h"

#include "directory/chinesescript.h"

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
    const QStringList syllables = pinyinSyllables(name, kind);
    QString initials;
    for (const QString &syllable : syllables)
        initials += syllable.front();
    appendUnique(tokens.whole, words.join(QString()));
    appendUnique(tokens.whole, simplifiedHan(words.join(QString())));
    appendUnique(tokens.whole, syllables.join(QString()));
    appendUnique(tokens.whole, initials);

    QStringList latin;
    for (const QString &word : words) {
        appendUnique(tokens.words, word);
        appendUnique(tokens.words, simplifiedHan(word));
        if (!isHanCharacter(word.toUcs4().first()))
            latin.append(word);
    }
    if (latin.size() > 1)
        appendUnique(tokens.words, latin.join(QString()));

    const QList<QString> runs = hanRuns(name);
    for (qsizetype r = 0; r < runs.size(); ++r) {
        // Only a person's name starts with a surname; a company's does not.
        const bool surname = r == 0 && kind == PinyinText::PersonName && startsWithHan(name);
        const QStringList run
            = pinyinSyllables(runs[r], surname ? PinyinText::PersonName : PinyinText::Plain)
                  .mid(0, kMaxRunSyllables);
        for (qsizetype i = 0; i < run.size(); ++i) {
            appendUnique(tokens.words, run[i]);
            QString full;
            QString runInitials;
            for (qsizetype j = i; j < run.size(); ++j) {
                full += run[j];
                runInitials += run[j].front();
            }
            appendUnique(tokens.words, full);
            appendUnique(tokens.words, runInitials);
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

QString wholeQueryWord(QStringView query)
{
    // Names are indexed whole in their own script and in simplified characters.
    return simplifiedHan(searchWords(query).mid(0, kMaxQueryWords).join(QString()));
}

QString searchMatchExpression(QStringView query)
{
    const QStringList words = searchWords(query).mid(0, kMaxQueryWords);
    QStringList phrases;
    for (qsizetype i = 0; i < words.size(); ++i) {
        // Words hold only letters, digits and Han characters: nothing to escape in quotes.
        QString phrase = u'"' + words[i] + u'"';
        if (isHanCharacter(words[i].toUcs4().first())) {
            // A Han character is a whole word already; a prefix of it would only cost time.
            // Either script finds it: an index made before the simplified forms has only the
            // character as written.
            if (const QString simplified = simplifiedHan(words[i]); simplified != words[i])
                phrase = QStringLiteral("(%1 OR \"%2\")").arg(phrase, simplified);
        } else if (i == words.size() - 1) {
            phrase += u'*';
        }
        phrases.append(phrase);
    }
    return phrases.join(QStringLiteral(" AND "));
}

} // namespace lobbydesk
