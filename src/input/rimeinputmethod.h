#pragma once

#include "input/rimeengine.h"

#include <QVirtualKeyboardAbstractInputMethod>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace lobbydesk {

// The Chinese input method of the on-screen keyboard (Qt Virtual Keyboard), driven by librime:
// pinyin giving simplified characters (zh_CN), pinyin giving traditional characters and zhuyin
// (zh_TW). The keyboard layouts in src/input/layouts create it. Letters go to the engine, the
// candidates fill the keyboard's word candidate list, and picking one commits it or, when it
// covers only the first syllables, leaves the rest to convert (王 for "wang", then 小明).
// Latin mode, and a locale or engine without Chinese, send keys through as typed.
class RimeInputMethod : public QVirtualKeyboardAbstractInputMethod
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit RimeInputMethod(QObject *parent = nullptr);
    ~RimeInputMethod() override;

    QList<QVirtualKeyboardInputEngine::InputMode> inputModes(const QString &locale) override;
    bool setInputMode(const QString &locale, QVirtualKeyboardInputEngine::InputMode mode) override;
    bool setTextCase(QVirtualKeyboardInputEngine::TextCase textCase) override;
    bool keyEvent(Qt::Key key, const QString &text, Qt::KeyboardModifiers modifiers) override;

    QList<QVirtualKeyboardSelectionListModel::Type> selectionLists() override;
    int selectionListItemCount(QVirtualKeyboardSelectionListModel::Type type) override;
    QVariant selectionListData(QVirtualKeyboardSelectionListModel::Type type, int index,
        QVirtualKeyboardSelectionListModel::Role role) override;
    void selectionListItemSelected(
        QVirtualKeyboardSelectionListModel::Type type, int index) override;

    void reset() override;
    void update() override;

    // The schema of a locale and mode: luna_pinyin_simp, luna_pinyin, bopomofo_tw; empty
    // for Latin.
    [[nodiscard]] static QString schemaFor(
        const QString &locale, QVirtualKeyboardInputEngine::InputMode mode);
    // The key of a standard (Dachen) zhuyin keyboard that types this symbol, as the engine's
    // bopomofo schema reads keys ("ㄅ" → '1', "ˇ" → '3'); 0 for anything else.
    [[nodiscard]] static char zhuyinKey(QStringView symbol);

private:
    void refresh(); // the preedit and the candidates after the engine changed
    void commitPending();
    bool openSession();

    QString m_locale;
    QVirtualKeyboardInputEngine::InputMode m_mode = QVirtualKeyboardInputEngine::InputMode::Latin;
    std::unique_ptr<RimeSession> m_session;
    QStringList m_candidates;
};

} // namespace lobbydesk
