#include "input/rimeinputmethod.h"

#include "core/logging.h"

#include <QVirtualKeyboardInputContext>
#include <algorithm>

namespace lobbydesk {
namespace {

constexpr int kBackSpace = 0xff08;
constexpr int kSpace = 0x20;

using Mode = QVirtualKeyboardInputEngine::InputMode;
using ListType = QVirtualKeyboardSelectionListModel::Type;

// Whether a composition holds only characters (no letters, zhuyin or tone marks left).
bool fullyConverted(const QString &preedit)
{
    const QList<uint> ucs4 = preedit.toUcs4();
    return !ucs4.isEmpty() && std::all_of(ucs4.begin(), ucs4.end(), [](uint ch) {
        return QChar::script(ch) == QChar::Script_Han;
    });
}

} // namespace

RimeInputMethod::RimeInputMethod(QObject *parent)
    : QVirtualKeyboardAbstractInputMethod(parent)
{
    // Data prepared after the keyboard appeared: Chinese input starts working then.
    connect(&RimeEngine::instance(), &RimeEngine::stateChanged, this, [this] { openSession(); });
}

RimeInputMethod::~RimeInputMethod() = default;

QString RimeInputMethod::schemaFor(const QString &locale, Mode mode)
{
    const bool traditional
        = locale.startsWith(QStringLiteral("zh_TW")) || locale.startsWith(QStringLiteral("zh_HK"));
    const bool chinese = traditional || locale.startsWith(QStringLiteral("zh"));
    if (!chinese)
        return {};
    if (mode == Mode::Zhuyin)
        return QStringLiteral("bopomofo_tw");
    if (mode == Mode::Pinyin)
        return traditional ? QStringLiteral("luna_pinyin") : QStringLiteral("luna_pinyin_simp");
    return {};
}

char RimeInputMethod::zhuyinKey(QStringView symbol)
{
    // The Dachen layout, key by key, as Rime's bopomofo schemas read it.
    static const QString symbols = QStringLiteral(
        "ㄅㄆㄇㄈㄉㄊㄋㄌˇㄍㄎㄏˋㄐㄑㄒㄓㄔㄕㄖˊㄗㄘㄙ˙ㄧㄨㄩㄚㄛㄜㄝㄞㄟㄠㄡㄢㄣㄤㄥㄦ");
    static const char keys[] = "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/-";
    static_assert(sizeof keys - 1 == 41);
    if (symbol.size() != 1)
        return 0;
    const qsizetype at = symbols.indexOf(symbol.front());
    return at < 0 ? 0 : keys[at];
}

QList<Mode> RimeInputMethod::inputModes(const QString &locale)
{
    if (locale.startsWith(QStringLiteral("zh_TW")) || locale.startsWith(QStringLiteral("zh_HK")))
        return { Mode::Pinyin, Mode::Zhuyin, Mode::Latin };
    if (locale.startsWith(QStringLiteral("zh")))
        return { Mode::Pinyin, Mode::Latin };
    return { Mode::Latin };
}

bool RimeInputMethod::setInputMode(const QString &locale, Mode mode)
{
    m_locale = locale;
    m_mode = mode;
    // Accepted even when the engine is not there: the keys then type letters as they are.
    openSession();
    return true;
}

bool RimeInputMethod::openSession()
{
    reset();
    m_session.reset();
    const QString schema = schemaFor(m_locale, m_mode);
    if (schema.isEmpty() || !RimeEngine::instance().isReady())
        return false;
    auto session = std::make_unique<RimeSession>(schema);
    if (!session->isValid()) {
        qCWarning(lcInput) << "cannot open the input schema" << schema;
        return false;
    }
    m_session = std::move(session);
    qCDebug(lcInput) << "input" << m_locale << "with" << schema;
    return true;
}

bool RimeInputMethod::setTextCase(QVirtualKeyboardInputEngine::TextCase)
{
    return true;
}

bool RimeInputMethod::keyEvent(Qt::Key key, const QString &text, Qt::KeyboardModifiers modifiers)
{
    // Latin mode, or Chinese without its engine: the keyboard types the key as it is.
    if (!m_session || (modifiers & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    const bool composing = !m_candidates.isEmpty() || m_session->isComposing();
    switch (key) {
    case Qt::Key_Backspace:
        if (!composing)
            return false;
        m_session->processKey(kBackSpace);
        refresh();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!composing)
            return false;
        m_session->commitRaw(); // the letters as typed, as in any pinyin input method
        commitPending();
        refresh();
        return true;
    case Qt::Key_Space:
        if (!composing && m_mode != Mode::Zhuyin)
            return false;
        // Space picks the first candidate (in zhuyin it is also the first tone).
        m_session->processKey(kSpace);
        commitPending();
        refresh();
        return true;
    default:
        break;
    }
    if (text.size() != 1)
        return false;
    int keysym = 0;
    if (m_mode == Mode::Zhuyin)
        keysym = zhuyinKey(text);
    const QChar ch = text.front();
    if (!keysym && ch.isLetter() && ch.unicode() < 0x80)
        keysym = ch.toLower().unicode();
    // ASCII punctuation becomes full width (，。？) through the engine's punctuation table.
    if (!keysym && ch.unicode() < 0x80 && ch.isPunct())
        keysym = ch.unicode();
    if (!keysym) {
        // Anything else (a digit, a full-width mark from its own key): what is being typed is
        // converted with the first candidate first, then the key goes in as it is.
        if (composing) {
            m_session->selectCandidate(0);
            commitPending();
            refresh();
        }
        return false;
    }
    const bool taken = m_session->processKey(keysym);
    commitPending();
    refresh();
    return taken;
}

void RimeInputMethod::commitPending()
{
    if (!m_session)
        return;
    if (const QString text = m_session->takeCommit(); !text.isEmpty())
        inputContext()->commit(text);
}

void RimeInputMethod::refresh()
{
    const QString preedit = m_session ? m_session->preedit() : QString();
    QStringList candidates
        = m_session && m_session->isComposing() ? m_session->candidates() : QStringList();
    if (inputContext() && inputContext()->preeditText() != preedit)
        inputContext()->setPreeditText(preedit);
    if (candidates == m_candidates)
        return;
    m_candidates = std::move(candidates);
    emit selectionListChanged(ListType::WordCandidateList);
    emit selectionListActiveItemChanged(
        ListType::WordCandidateList, m_candidates.isEmpty() ? -1 : 0);
}

QList<ListType> RimeInputMethod::selectionLists()
{
    return { ListType::WordCandidateList };
}

int RimeInputMethod::selectionListItemCount(ListType type)
{
    return type == ListType::WordCandidateList ? int(m_candidates.size()) : 0;
}

QVariant RimeInputMethod::selectionListData(
    ListType type, int index, QVirtualKeyboardSelectionListModel::Role role)
{
    if (type != ListType::WordCandidateList || index < 0 || index >= m_candidates.size())
        return {};
    switch (role) {
    case QVirtualKeyboardSelectionListModel::Role::Display:
        return m_candidates.at(index);
    case QVirtualKeyboardSelectionListModel::Role::WordCompletionLength:
        return 0;
    case QVirtualKeyboardSelectionListModel::Role::Dictionary:
        return int(QVirtualKeyboardSelectionListModel::DictionaryType::Default);
    case QVirtualKeyboardSelectionListModel::Role::CanRemoveSuggestion:
        return false;
    }
    return {};
}

void RimeInputMethod::selectionListItemSelected(ListType type, int index)
{
    if (type != ListType::WordCandidateList || !m_session)
        return;
    m_session->selectCandidate(index);
    // Zhuyin keeps what was picked in the composition; once nothing is left to convert, it
    // goes into the field as pinyin's does.
    if (m_session->isComposing() && fullyConverted(m_session->preedit()))
        m_session->commitComposition();
    commitPending();
    refresh();
}

void RimeInputMethod::reset()
{
    if (m_session)
        m_session->clear();
    if (!m_candidates.isEmpty()) {
        m_candidates.clear();
        emit selectionListChanged(ListType::WordCandidateList);
        emit selectionListActiveItemChanged(ListType::WordCandidateList, -1);
    }
}

void RimeInputMethod::update()
{
    // The field is left (or the keyboard hidden) while converting: keep what was typed.
    if (m_session && m_session->isComposing()) {
        m_session->commitRaw();
        commitPending();
    }
    if (inputContext() && !inputContext()->preeditText().isEmpty())
        inputContext()->setPreeditText(QString());
    reset();
}

} // namespace lobbydesk
