pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The desk's goods-release passes: requests to approve with their checks, issued, used and
// revoked passes, double-use alerts, search by number, unit or plate, reprint and revoke.
Item {
    id: screen

    readonly property var pass: GoodsPassDesk.selected
    // A request made here on a tenant's behalf is being entered.
    property bool creating: false
    // From the map itself, so that no binding sees a new id with the old map.
    readonly property bool chosen: pass.id !== undefined
    readonly property var stateNames: ({
        "pending": qsTr("Waiting for approval"),
        "approved": qsTr("Issued"),
        "rejected": qsTr("Rejected"),
        "revoked": qsTr("Revoked")
    })
    readonly property var checkNames: ({
        "entitled": qsTr("Applicant entitled"),
        "consent": qsTr("Owner's consent"),
        "arrears": qsTr("Fees"),
        "window": qsTr("Validity window")
    })

    function stateText(p) {
        if (p.doubleUse)
            return qsTr("Used twice")
        if (p.used)
            return qsTr("Used")
        return stateNames[p.state]
    }
    function stateColour(p) {
        if (p.doubleUse || p.state === "rejected" || p.state === "revoked")
            return Theme.danger
        if (p.used)
            return Theme.neutral
        return p.state === "pending" ? Theme.warning : Theme.ok
    }

    Component.onCompleted: GoodsPassDesk.refresh()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingLarge

        // The lists.
        ColumnLayout {
            // A fixed share: the tabs' Flow would otherwise ask for one long row.
            Layout.preferredWidth: parent.width * 0.4
            Layout.maximumWidth: parent.width * 0.4
            Layout.fillHeight: true
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                ScreenTitle {
                    Layout.fillWidth: true
                    text: ServiceNames.titles["goods-passes"]
                }
                TouchButton {
                    objectName: "newRequest"
                    text: qsTr("New request")
                    onClicked: screen.creating = true
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Repeater {
                    model: [["pending", qsTr("Pending")], ["issued", qsTr("Issued")],
                        ["used", qsTr("Used")], ["revoked", qsTr("Revoked")],
                        ["alerts", qsTr("Alerts")], ["today", qsTr("Today")]]

                    delegate: TouchButton {
                        id: tab

                        required property var modelData

                        objectName: "list-" + modelData[0]
                        primary: GoodsPassDesk.list === modelData[0]
                        text: modelData[1] + " " + (GoodsPassDesk.counts[modelData[0]] ?? 0)
                        implicitHeight: Theme.touchTarget + Theme.spacing
                        contentItem: Text {
                            text: tab.text
                            font: tab.font
                            color: tab.modelData[0] === "alerts" && (GoodsPassDesk.counts[tab.modelData[0]] ?? 0) > 0
                                   ? (tab.primary ? Theme.primaryText : Theme.danger)
                                   : (tab.primary ? Theme.primaryText : Theme.primary)
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        onClicked: GoodsPassDesk.list = modelData[0]
                    }
                }
            }

            TextField {
                id: searchField
                objectName: "passSearch"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + Theme.spacing
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Search by pass number, unit or plate")
                onTextChanged: GoodsPassDesk.search = text
            }

            ListView {
                id: passList
                objectName: "passList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingSmall
                model: GoodsPassDesk.passes

                delegate: Rectangle {
                    id: row

                    required property var modelData
                    required property int index

                    objectName: "pass-" + index
                    width: ListView.view.width
                    implicitHeight: rowLines.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: GoodsPassDesk.selectedId === modelData.id ? Qt.lighter(Theme.primary, 1.9) : Theme.surface
                    border.width: Theme.borderWidth
                    border.color: modelData.doubleUse ? Theme.danger : Theme.border

                    ColumnLayout {
                        id: rowLines
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 4

                        RowLayout {
                            Layout.fillWidth: true
                            Text {
                                Layout.fillWidth: true
                                text: row.modelData.number.length > 0 ? row.modelData.number
                                                                      : qsTr("Request from unit %1").arg(row.modelData.unit)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Text {
                                text: screen.stateText(row.modelData)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                                font.bold: true
                                color: screen.stateColour(row.modelData)
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Unit %1 · %2").arg(row.modelData.unit).arg(row.modelData.applicant)
                                  + " · " + qsTr("items: %1").arg(row.modelData.itemCount)
                                  + (row.modelData.plate.length > 0 ? " · " + row.modelData.plate : "")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: GoodsPassDesk.select(row.modelData.id)
                    }
                }

                Text {
                    anchors.centerIn: parent
                    visible: passList.count === 0
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: searchField.text.length > 0 ? qsTr("No pass matches this search.")
                                                      : qsTr("Nothing in this list.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
            }
        }

        // The chosen pass.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: parent.width * 0.6
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            Text {
                anchors.centerIn: parent
                visible: !screen.chosen
                width: parent.width - 2 * Theme.margin
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Choose a request or a pass from the list.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                color: Theme.textMuted
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                visible: screen.chosen
                spacing: Theme.spacing

                Flickable {
                    id: details
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    contentHeight: detailColumn.implicitHeight
                    boundsBehavior: Flickable.StopAtBounds

                    ColumnLayout {
                        id: detailColumn
                        width: details.width
                        spacing: Theme.spacing

                        RowLayout {
                            Layout.fillWidth: true
                            Text {
                                objectName: "passHeading"
                                Layout.fillWidth: true
                                text: !screen.chosen ? ""
                                      : screen.pass.number.length > 0 ? screen.pass.number
                                      : qsTr("Request from unit %1").arg(screen.pass.unit)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                color: Theme.text
                            }
                            Text {
                                objectName: "passState"
                                text: screen.chosen ? screen.stateText(screen.pass) : ""
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: screen.chosen ? screen.stateColour(screen.pass) : Theme.text
                            }
                        }

                        // Uses at the exits first: two of them is the double-use alert.
                        Text {
                            visible: screen.chosen && screen.pass.uses.length > 0
                            text: screen.chosen && screen.pass.doubleUse
                                  ? qsTr("Used %1 times: only one use is allowed. Check both records with the guards.").arg(screen.pass.uses.length)
                                  : qsTr("Released at the exit")
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: screen.chosen && screen.pass.doubleUse ? Theme.danger : Theme.text
                        }
                        Repeater {
                            model: screen.chosen ? screen.pass.uses : []

                            delegate: Rectangle {
                                required property var modelData
                                required property int index

                                objectName: "use-" + index
                                Layout.fillWidth: true
                                implicitHeight: useText.implicitHeight + 2 * Theme.spacingSmall
                                radius: Theme.radius / 2
                                color: screen.pass.doubleUse ? Theme.dangerSurface : Theme.background
                                Text {
                                    id: useText
                                    anchors.fill: parent
                                    anchors.margins: Theme.spacingSmall
                                    wrapMode: Text.WordWrap
                                    text: qsTr("%1 at %2, guard %3").arg(parent.modelData.at).arg(parent.modelData.terminal)
                                              .arg(parent.modelData.guard.length > 0 ? parent.modelData.guard : qsTr("not recorded"))
                                          + (parent.modelData.partial ? " — " + qsTr("partial release") : "")
                                          + (parent.modelData.note.length > 0 ? " — " + parent.modelData.note : "")
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                }
                            }
                        }

                        Repeater {
                            model: !screen.chosen ? [] : [
                                [qsTr("Unit"), screen.pass.unit],
                                [qsTr("Applicant"), screen.pass.applicant],
                                [qsTr("Carrier"), screen.pass.carrier],
                                [qsTr("Vehicle"), screen.pass.plate.length > 0 ? screen.pass.plate : qsTr("none")],
                                [qsTr("Valid"), screen.pass.window],
                                [qsTr("Reason"), screen.pass.reason],
                                [qsTr("Returns by"), screen.pass.returnBy.length > 0 ? screen.pass.returnBy : qsTr("not returnable")],
                                [qsTr("Requested"), qsTr("%1 at the %2").arg(screen.pass.requestedAt)
                                                        .arg(screen.pass.via === "kiosk" ? qsTr("kiosk") : qsTr("desk"))],
                                [qsTr("Decided"), screen.pass.decidedAt.length === 0 ? qsTr("not yet")
                                                  : screen.pass.decidedAt + ", " + screen.pass.decidedBy
                                                    + (screen.pass.decisionNote.length > 0 ? " — " + screen.pass.decisionNote : "")],
                                [qsTr("Revoked"), screen.pass.revokedAt.length > 0 ? screen.pass.revokedAt + " — " + screen.pass.revokeReason : ""]
                            ].filter(fact => fact[1].length > 0)

                            delegate: RowLayout {
                                required property var modelData

                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                Text {
                                    Layout.preferredWidth: Theme.tileHeight
                                    Layout.alignment: Qt.AlignTop
                                    text: parent.modelData[0]
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontCaption
                                    color: Theme.textMuted
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: parent.modelData[1]
                                    wrapMode: Text.WordWrap
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                }
                            }
                        }

                        Text {
                            text: screen.chosen ? qsTr("Items (%1)").arg(screen.pass.itemCount) : ""
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                        }
                        Repeater {
                            model: screen.chosen ? screen.pass.items : []

                            delegate: Text {
                                required property var modelData
                                required property int index

                                Layout.fillWidth: true
                                text: (index + 1) + ". " + modelData.name + " × " + modelData.quantity + " " + modelData.uom
                                wrapMode: Text.WordWrap
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                        }

                        // Checks and the decision, for a pending request.
                        Text {
                            visible: screen.chosen && screen.pass.state === "pending"
                            text: qsTr("Checks")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                        }
                        Repeater {
                            model: screen.chosen && screen.pass.checks !== undefined ? screen.pass.checks : []

                            delegate: RowLayout {
                                id: checkRow

                                required property var modelData

                                objectName: "check-" + modelData.key
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                Rectangle {
                                    implicitWidth: Theme.touchTarget
                                    implicitHeight: Theme.touchTarget
                                    radius: width / 2
                                    color: checkRow.modelData.outcome === "pass" ? Theme.ok
                                           : checkRow.modelData.outcome === "warn" ? Theme.warning : Theme.danger
                                    Text {
                                        anchors.centerIn: parent
                                        text: checkRow.modelData.outcome === "pass" ? "✓"
                                              : checkRow.modelData.outcome === "warn" ? "!" : "✗"
                                        font.pixelSize: Theme.fontTitle
                                        font.bold: true
                                        color: Theme.primaryText
                                    }
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Text {
                                        text: screen.checkNames[checkRow.modelData.key] ?? checkRow.modelData.key
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontCaption
                                        color: Theme.textMuted
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: checkRow.modelData.text
                                        wrapMode: Text.WordWrap
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontBody
                                        color: Theme.text
                                    }
                                }
                            }
                        }

                    }
                }

                TextField {
                    id: noteField
                    objectName: "decisionNote"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget + Theme.spacing
                    visible: screen.chosen && (screen.pass.state === "pending" || (screen.pass.state === "approved" && !screen.pass.used))
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    placeholderText: screen.chosen && screen.pass.state === "approved"
                                     ? qsTr("Why revoke it (required to revoke)")
                                     : qsTr("Owner's consent, or why you reject it")
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: screen.chosen

                    TouchButton {
                        objectName: "approvePass"
                        visible: screen.chosen && screen.pass.state === "pending"
                        text: qsTr("Approve and print")
                        onClicked: if (GoodsPassDesk.approve(noteField.text)) noteField.clear()
                    }
                    TouchButton {
                        objectName: "rejectPass"
                        visible: screen.chosen && screen.pass.state === "pending"
                        primary: false
                        text: qsTr("Reject")
                        onClicked: if (GoodsPassDesk.reject(noteField.text)) noteField.clear()
                    }
                    TouchButton {
                        objectName: "reprintPass"
                        visible: screen.chosen && (screen.pass.state === "approved" || screen.pass.state === "pending")
                        primary: false
                        text: screen.chosen && screen.pass.state === "approved" ? qsTr("Reprint slip") : qsTr("Reprint receipt")
                        onClicked: GoodsPassDesk.reprint()
                    }
                    TouchButton {
                        objectName: "revokePass"
                        visible: screen.chosen && screen.pass.state === "approved" && !screen.pass.used
                        primary: false
                        text: qsTr("Revoke")
                        onClicked: if (GoodsPassDesk.revoke(noteField.text)) noteField.clear()
                    }
                }
            }
        }
    }

    // What the last action did, or why it could not.
    Rectangle {
        objectName: "deskMessage"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        visible: GoodsPassDesk.message.length > 0
        implicitHeight: messageText.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: GoodsPassDesk.problem ? Theme.danger : Theme.ok

        Text {
            id: messageText
            objectName: "deskMessageText"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            wrapMode: Text.WordWrap
            text: GoodsPassDesk.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.primaryText
        }
    }

    Repeater {
        model: screen.creating ? 1 : 0

        delegate: GoodsPassNewRequest {
            objectName: "newRequestPanel"
            width: screen.width
            height: screen.height
            onClosed: {
                screen.creating = false
                GoodsPassDesk.list = "pending"
            }
        }
    }
}
