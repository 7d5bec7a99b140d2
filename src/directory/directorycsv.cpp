#include "directory/directorycsv.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <array>

namespace lobbydesk {
namespace {

const QStringList kColumns { QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("name"),
    QStringLiteral("unit"), QStringLiteral("floor"), QStringLiteral("company"),
    QStringLiteral("roles"), QStringLiteral("phone"), QStringLiteral("cards"),
    QStringLiteral("approval"), QStringLiteral("active") };
const QStringList kPersonRoles { QStringLiteral("owner"), QStringLiteral("tenant"),
    QStringLiteral("signatory"), QStringLiteral("employee") };
const QStringList kStaffRoles { QStringLiteral("desk"), QStringLiteral("guard"),
    QStringLiteral("supervisor") };
const QStringList kApprovals { QStringLiteral("auto"), QStringLiteral("host"),
    QStringLiteral("invitation") };

constexpr int kMaxNameLength = 100;
constexpr int kMaxIdLength = 40;
constexpr int kMaxFloorLength = 10;

// The columns each kind may fill; any other non-empty cell is refused, so a value in the
// wrong column (a shifted row, a phone typed for a unit) is seen rather than dropped.
const QHash<DirectoryKind, QStringList> kUsedColumns {
    { DirectoryKind::Unit,
        { QStringLiteral("name"), QStringLiteral("floor"), QStringLiteral("active") } },
    { DirectoryKind::Company,
        { QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("approval"),
            QStringLiteral("active") } },
    { DirectoryKind::Person,
        { QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("company"),
            QStringLiteral("roles"), QStringLiteral("phone"), QStringLiteral("cards"),
            QStringLiteral("active") } },
    { DirectoryKind::Staff,
        { QStringLiteral("name"), QStringLiteral("roles"), QStringLiteral("cards"),
            QStringLiteral("active") } },
};

struct CsvRow
{
    int line = 0; // where the row starts
    QStringList cells;
    QString problem; // the row could not be read as CSV
};

struct CsvFile
{
    QList<CsvRow> rows;
    std::optional<DirectoryRowError> fatal; // a quote never closed: nothing after it is sure
};

// RFC 4180 with the leniencies spreadsheets need: LF, CRLF or a lone CR end a line; a quote
// inside an unquoted cell is an ordinary character. A line break inside a quoted cell is kept
// as "\n" (and counted, so later line numbers stay right).
CsvFile splitCsv(const QString &text)
{
    CsvFile file;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;
    const auto atLineEnd
        = [&](qsizetype at) { return at >= n || text[at] == u'\n' || text[at] == u'\r'; };
    while (pos < n) {
        CsvRow row;
        row.line = line;
        while (true) {
            QString cell;
            qsizetype start = pos;
            while (start < n && (text[start] == u' ' || text[start] == u'\t'))
                ++start;
            if (start < n && text[start] == u'"') {
                const int quoteLine = line;
                pos = start + 1;
                while (true) {
                    if (pos >= n) {
                        file.fatal = DirectoryRowError { quoteLine,
                            QStringLiteral("a quoted cell starts here and is never closed (a "
                                           "\" is missing); nothing after it can be read") };
                        return file;
                    }
                    const QChar c = text[pos];
                    if (c == u'"') {
                        if (pos + 1 < n && text[pos + 1] == u'"') {
                            cell += u'"';
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    if (c == u'\r' || c == u'\n') {
                        pos += (c == u'\r' && pos + 1 < n && text[pos + 1] == u'\n') ? 2 : 1;
                        ++line;
                        cell += u'\n';
                        continue;
                    }
                    cell += c;
                    ++pos;
                }
                while (pos < n && (text[pos] == u' ' || text[pos] == u'\t'))
                    ++pos;
                if (pos < n && text[pos] != u',' && !atLineEnd(pos)) {
                    if (row.problem.isEmpty())
                        row.problem = QStringLiteral(
                            "a quoted cell must end at a comma or at the end of the line; a "
                            "quote inside a quoted cell is written twice (\"\")");
                    while (!atLineEnd(pos) && text[pos] != u',')
                        ++pos;
                }
            } else {
                while (!atLineEnd(pos) && text[pos] != u',')
                    cell += text[pos++];
            }
            row.cells.append(cell);
            if (pos < n && text[pos] == u',') {
                ++pos;
                continue;
            }
            break;
        }
        if (pos < n) {
            // At a line end: CRLF, LF or a lone CR.
            if (text[pos] == u'\r' && pos + 1 < n && text[pos + 1] == u'\n')
                pos += 2;
            else
                ++pos;
            ++line;
        }
        file.rows.append(row);
    }
    return file;
}

// The line of the first byte that is not UTF-8. A line feed never occurs inside a UTF-8
// sequence, so checking line by line finds it exactly. A line is UTF-8 when decoding and
// encoding it again gives its bytes back: a bad byte would have become U+FFFD.
int firstNonUtf8Line(const QByteArray &data)
{
    int line = 1;
    for (const QByteArray &piece : data.split('\n')) {
        if (QString::fromUtf8(piece).toUtf8() != piece)
            return line;
        ++line;
    }
    return 0;
}

bool hasControl(const QString &value, char32_t *found)
{
    for (const char32_t ch : value.toUcs4()) {
        if (QChar::category(ch) == QChar::Other_Control) {
            *found = ch;
            return true;
        }
    }
    return false;
}

// "a;b; ;a" → [a, b]: trimmed, empties dropped, first occurrence kept. A full-width ；
// (typed with a Chinese input method) separates too.
QStringList splitList(const QString &value)
{
    static const QRegularExpression separator(QStringLiteral("[;；]"));
    QStringList items;
    for (const QString &part : value.split(separator)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items;
}

std::optional<bool> parseActive(const QString &value)
{
    const QString v = value.toLower();
    if (v.isEmpty() || v == u"yes" || v == u"true" || v == u"1" || v == u"y" || v == u"是")
        return true;
    if (v == u"no" || v == u"false" || v == u"0" || v == u"n" || v == u"否")
        return false;
    return std::nullopt;
}

QString describe(DirectoryKind kind, const QString &id)
{
    return kind == DirectoryKind::Staff ? QStringLiteral("staff member %1").arg(id)
                                        : QStringLiteral("%1 %2").arg(kindName(kind), id);
}

// One data row and the problems found with it.
struct Row
{
    int line = 0;
    QHash<QString, QString> cells; // column → trimmed value
    std::optional<DirectoryKind> kind;
    QString id;

    [[nodiscard]] QString cell(const QString &column) const { return cells.value(column); }
};

class Parser
{
public:
    Parser(const DirectoryKnown &known)
        : m_known(known)
    { }

    DirectoryImport parse(const QByteArray &input);

private:
    void error(int line, const QString &message) { m_result.errors.append({ line, message }); }
    bool readHeader(const CsvRow &header);
    void readRow(const CsvRow &csv);
    void checkRow(const Row &row);
    void checkUnits(const Row &row, const QStringList &units);
    bool exists(DirectoryKind kind, const QString &id) const;
    QJsonArray cardsOf(const Row &row);

    const DirectoryKnown &m_known;
    DirectoryImport m_result;
    QList<int> m_columnOf; // header position → index in kColumns
    QList<Row> m_rows;
    QHash<DirectoryKind, QHash<QString, int>> m_defined; // kind → id → line
    QHash<QString, QPair<int, QString>> m_cardOwner; // card → line, owner
    QList<QPair<int, DirectoryRecord>> m_records;
};

DirectoryImport Parser::parse(const QByteArray &input)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (const int line = firstNonUtf8Line(data); line > 0) {
        error(line,
            QStringLiteral("the file is not UTF-8 text: this line has bytes that are not "
                           "UTF-8 (\"CSV\" from Excel on a Chinese Windows is GBK, \"Unicode "
                           "text\" is UTF-16). Save it as \"CSV UTF-8 (Comma delimited)\" and "
                           "import it again"));
        return m_result;
    }
    const CsvFile csv = splitCsv(QString::fromUtf8(data));
    if (csv.rows.isEmpty()) {
        error(1,
            QStringLiteral("the file is empty; its first line must be the header: %1")
                .arg(kColumns.join(u',')));
        return m_result;
    }
    if (csv.fatal)
        m_result.errors.append(*csv.fatal);
    if (!readHeader(csv.rows.first()))
        return m_result;
    for (qsizetype i = 1; i < csv.rows.size(); ++i)
        readRow(csv.rows[i]);
    if (m_rows.isEmpty() && m_result.errors.isEmpty())
        error(1, QStringLiteral("the file has a header but no entries"));
    for (const Row &row : std::as_const(m_rows))
        checkRow(row);

    std::stable_sort(m_result.errors.begin(), m_result.errors.end(),
        [](const DirectoryRowError &a, const DirectoryRowError &b) { return a.line < b.line; });
    if (m_result.errors.isEmpty()) {
        std::stable_sort(m_records.begin(), m_records.end(),
            [](const auto &a, const auto &b) { return a.second.kind < b.second.kind; });
        for (const auto &entry : std::as_const(m_records))
            m_result.records.append(entry.second);
    }
    return m_result;
}

bool Parser::readHeader(const CsvRow &header)
{
    const QString expected = kColumns.join(u',');
    if (!header.problem.isEmpty()) {
        error(header.line, header.problem);
        return false;
    }
    bool ok = true;
    for (const QString &raw : header.cells) {
        const QString name = raw.trimmed().toLower();
        const qsizetype column = kColumns.indexOf(name);
        if (name.isEmpty()) {
            error(header.line,
                QStringLiteral("column %1 of the header has no name; delete that column or "
                               "name it (the columns are %2)")
                    .arg(m_columnOf.size() + 1)
                    .arg(expected));
            ok = false;
        } else if (column < 0) {
            error(header.line,
                QStringLiteral("unknown column \"%1\" in the header; the columns are %2")
                    .arg(raw.trimmed(), expected));
            ok = false;
        } else if (m_columnOf.contains(int(column))) {
            error(
                header.line, QStringLiteral("column \"%1\" appears twice in the header").arg(name));
            ok = false;
        }
        m_columnOf.append(int(column));
    }
    for (const QString &required : { QStringLiteral("kind"), QStringLiteral("id") }) {
        if (!m_columnOf.contains(int(kColumns.indexOf(required)))) {
            error(header.line,
                QStringLiteral("the header has no \"%1\" column; the first line must be the "
                               "header: %2")
                    .arg(required, expected));
            ok = false;
        }
    }
    return ok;
}

void Parser::readRow(const CsvRow &csv)
{
    if (std::all_of(csv.cells.begin(), csv.cells.end(),
            [](const QString &cell) { return cell.trimmed().isEmpty(); })) {
        return; // a blank line, or the ",,,,," rows a spreadsheet leaves at the end
    }
    ++m_result.rows;
    if (!csv.problem.isEmpty()) {
        error(csv.line, csv.problem);
        return;
    }
    if (csv.cells.size() != m_columnOf.size()) {
        error(csv.line,
            QStringLiteral("this row has %1 cells but the header has %2; a name with a comma in "
                           "it must be in quotes")
                .arg(csv.cells.size())
                .arg(m_columnOf.size()));
        return;
    }
    Row row;
    row.line = csv.line;
    for (qsizetype i = 0; i < csv.cells.size(); ++i) {
        // A line break typed inside a cell (Alt+Enter in Excel) reads as a space.
        QString value = csv.cells[i];
        value.replace(u'\n', u' ');
        value = value.trimmed();
        const QString &column = kColumns[m_columnOf[i]];
        char32_t control = 0;
        if (hasControl(value, &control)) {
            error(row.line,
                QStringLiteral("the %1 cell has an invisible control character (U+%2); retype "
                               "it")
                    .arg(column)
                    .arg(uint(control), 4, 16, QLatin1Char('0')));
        }
        row.cells.insert(column, value);
    }

    const QString kindText = row.cell(QStringLiteral("kind")).toLower();
    row.kind = directoryKindNamed(kindText);
    if (kindText.isEmpty())
        error(row.line, QStringLiteral("the kind is empty; write unit, company, person or staff"));
    else if (!row.kind)
        error(row.line,
            QStringLiteral("kind \"%1\" is not one of unit, company, person, staff")
                .arg(row.cell(QStringLiteral("kind"))));

    row.id = row.cell(QStringLiteral("id"));
    static const QRegularExpression badIdCharacter(QStringLiteral("[\\s,;；\"]"));
    if (row.id.isEmpty()) {
        error(row.line,
            QStringLiteral("the id is empty; every row needs the id of its unit, company, "
                           "person or staff member"));
    } else if (row.id.contains(badIdCharacter) || row.id.size() > kMaxIdLength) {
        error(row.line,
            QStringLiteral("id \"%1\" is not usable: at most %2 characters, with no spaces, "
                           "commas, semicolons or quotes")
                .arg(row.id)
                .arg(kMaxIdLength));
        row.id.clear();
    }
    if (row.kind && !row.id.isEmpty()) {
        auto &ids = m_defined[*row.kind];
        if (const auto it = ids.constFind(row.id); it != ids.constEnd()) {
            error(row.line,
                QStringLiteral("%1 appears twice: also on line %2")
                    .arg(describe(*row.kind, row.id))
                    .arg(*it));
        } else {
            ids.insert(row.id, row.line);
        }
    }
    m_rows.append(row);
}

bool Parser::exists(DirectoryKind kind, const QString &id) const
{
    return m_defined.value(kind).contains(id) || (m_known && m_known(kind, id));
}

void Parser::checkUnits(const Row &row, const QStringList &units)
{
    for (const QString &unit : units) {
        if (!exists(DirectoryKind::Unit, unit))
            error(row.line,
                QStringLiteral("unit %1 is not in the directory; add a unit row for it or "
                               "correct the unit number")
                    .arg(unit));
    }
}

QJsonArray Parser::cardsOf(const Row &row)
{
    QJsonArray cards;
    for (const QString &text : splitList(row.cell(QStringLiteral("cards")))) {
        const auto card = normalizedCardUid(text);
        if (!card) {
            error(row.line,
                QStringLiteral("card \"%1\" is not a card number: 8, 14 or 20 hex digits (0-9, "
                               "A-F) or 10 decimal digits")
                    .arg(text));
            continue;
        }
        const QString owner = describe(*row.kind, row.id);
        if (const auto it = m_cardOwner.constFind(*card); it != m_cardOwner.constEnd()) {
            if (it->second != owner)
                error(row.line,
                    QStringLiteral("card %1 is also given to %2 on line %3")
                        .arg(*card, it->second)
                        .arg(it->first));
            continue;
        }
        m_cardOwner.insert(*card, { row.line, owner });
        cards.append(*card);
    }
    return cards;
}

void Parser::checkRow(const Row &row)
{
    if (!row.kind || row.id.isEmpty())
        return;
    const DirectoryKind kind = *row.kind;
    const int errorsBefore = int(m_result.errors.size());
    const QString who = describe(kind, row.id);

    const QStringList &used = kUsedColumns[kind];
    for (const QString &column : kColumns) {
        if (column == u"kind" || column == u"id" || used.contains(column))
            continue;
        if (!row.cell(column).isEmpty())
            error(row.line,
                QStringLiteral("the %1 column is not used for a %2 row; leave it empty")
                    .arg(column, kindName(kind)));
    }

    const QString name = row.cell(QStringLiteral("name"));
    const qsizetype nameLength = name.toUcs4().size();
    if (name.isEmpty() && kind != DirectoryKind::Unit)
        error(row.line, QStringLiteral("%1 has no name").arg(who));
    if (nameLength > kMaxNameLength)
        error(row.line,
            QStringLiteral("the name of %1 is %2 characters long; at most %3 fit")
                .arg(who)
                .arg(nameLength)
                .arg(kMaxNameLength));

    const auto active = parseActive(row.cell(QStringLiteral("active")));
    if (!active)
        error(row.line,
            QStringLiteral("active \"%1\" is not yes or no")
                .arg(row.cell(QStringLiteral("active"))));

    QJsonObject payload;
    payload.insert(kindName(kind), row.id);
    payload.insert(QStringLiteral("name"), name);
    payload.insert(QStringLiteral("active"), active.value_or(true));

    const QStringList units = splitList(row.cell(QStringLiteral("unit")));
    switch (kind) {
    case DirectoryKind::Unit: {
        const QString floor = row.cell(QStringLiteral("floor"));
        if (floor.isEmpty())
            error(row.line, QStringLiteral("%1 has no floor").arg(who));
        else if (floor.size() > kMaxFloorLength)
            error(row.line,
                QStringLiteral("floor \"%1\" is longer than %2 characters")
                    .arg(floor)
                    .arg(kMaxFloorLength));
        payload.insert(QStringLiteral("floor"), floor);
        break;
    }
    case DirectoryKind::Company: {
        if (units.isEmpty())
            error(row.line,
                QStringLiteral("%1 has no unit; give one or more unit numbers separated by \";\"")
                    .arg(who));
        checkUnits(row, units);
        const QString approvalText = row.cell(QStringLiteral("approval"));
        const QString approval
            = approvalText.isEmpty() ? QStringLiteral("auto") : approvalText.toLower();
        if (!kApprovals.contains(approval))
            error(row.line,
                QStringLiteral("approval \"%1\" is not one of auto, host, invitation")
                    .arg(approvalText));
        payload.insert(QStringLiteral("units"), QJsonArray::fromStringList(units));
        payload.insert(QStringLiteral("approval"), approval);
        break;
    }
    case DirectoryKind::Person: {
        checkUnits(row, units);
        const QString company = row.cell(QStringLiteral("company"));
        if (!company.isEmpty() && !exists(DirectoryKind::Company, company))
            error(row.line,
                QStringLiteral("company %1 is not in the directory; add a company row for it or "
                               "correct the company id")
                    .arg(company));
        QStringList roles;
        for (const QString &role : splitList(row.cell(QStringLiteral("roles")))) {
            if (!kPersonRoles.contains(role.toLower()))
                error(row.line,
                    QStringLiteral("role \"%1\" is not one of %2")
                        .arg(role, kPersonRoles.join(QStringLiteral(", "))));
            else if (!roles.contains(role.toLower()))
                roles.append(role.toLower());
        }
        if (splitList(row.cell(QStringLiteral("roles"))).isEmpty())
            error(row.line,
                QStringLiteral("%1 has no role; give one or more of %2 separated by \";\"")
                    .arg(who, kPersonRoles.join(QStringLiteral(", "))));
        const QString phoneText = row.cell(QStringLiteral("phone"));
        const auto phone
            = phoneText.isEmpty() ? std::optional<QString>(QString()) : normalizedPhone(phoneText);
        if (!phone)
            error(row.line,
                QStringLiteral("phone \"%1\" is not a mainland mobile (11 digits starting 13-19), "
                               "an 8-digit Hong Kong or Macau number, a Taiwan mobile (09 and 8 "
                               "digits) or an international number starting with +")
                    .arg(phoneText));
        payload.insert(QStringLiteral("company"), company);
        payload.insert(QStringLiteral("units"), QJsonArray::fromStringList(units));
        payload.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
        payload.insert(QStringLiteral("phone"), phone.value_or(QString()));
        payload.insert(QStringLiteral("cards"), cardsOf(row));
        break;
    }
    case DirectoryKind::Staff: {
        const QStringList roles = splitList(row.cell(QStringLiteral("roles")));
        if (roles.size() != 1 || !kStaffRoles.contains(roles.first().toLower()))
            error(row.line,
                QStringLiteral("%1 needs exactly one role: desk, guard or supervisor (not \"%2\")")
                    .arg(who, row.cell(QStringLiteral("roles"))));
        payload.insert(
            QStringLiteral("role"), roles.size() == 1 ? roles.first().toLower() : QString());
        payload.insert(QStringLiteral("cards"), cardsOf(row));
        break;
    }
    }
    if (m_result.errors.size() == errorsBefore)
        m_records.append({ row.line, DirectoryRecord { kind, row.id, payload } });
}

} // namespace

QString DirectoryRowError::text() const
{
    return QStringLiteral("line %1: %2").arg(line).arg(message);
}

DirectoryImport parseDirectoryCsv(const QByteArray &utf8, const DirectoryKnown &known)
{
    Parser parser(known);
    return parser.parse(utf8);
}

std::optional<QString> normalizedPhone(const QString &text)
{
    QString compact = text.trimmed();
    compact.remove(u' ');
    compact.remove(u'-');
    static const QRegularExpression international(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    static const QRegularExpression mainland(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression hongKongMacau(QStringLiteral("^[2-9][0-9]{7}$"));
    static const QRegularExpression taiwan(QStringLiteral("^09[0-9]{8}$"));
    if (international.match(compact).hasMatch() || hongKongMacau.match(compact).hasMatch())
        return compact;
    if (mainland.match(compact).hasMatch())
        return QStringLiteral("+86") + compact;
    if (taiwan.match(compact).hasMatch())
        return QStringLiteral("+886") + compact.mid(1);
    return std::nullopt;
}

std::optional<QString> normalizedCardUid(const QString &text)
{
    QString compact = text.trimmed();
    compact.remove(u' ');
    compact.remove(u':');
    compact.remove(u'-');
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{8}|[0-9A-Fa-f]{14}|"
                                                       "[0-9A-Fa-f]{20})$"));
    static const QRegularExpression decimal(QStringLiteral("^[0-9]{10}$"));
    if (hex.match(compact).hasMatch())
        return compact.toUpper();
    if (decimal.match(compact).hasMatch())
        return compact;
    return std::nullopt;
}

} // namespace lobbydesk
