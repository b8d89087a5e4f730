pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Sign-in: a server profile (host, port, database, TLS mode), the person's own sign-in name and
// password, "remember me" (system keychain). In the demo, the demo people are one click away.
Rectangle {
    id: root

    color: Theme.background

    function submit() {
        if (!SignIn.busy && userField.text.length > 0)
            SignIn.signIn(passwordField.text)
    }

    Connections {
        target: SignIn
        function onFinished(ok: bool) {
            passwordField.text = ""
            if (!ok)
                passwordField.forceActiveFocus()
        }
    }

    Component.onCompleted: (userField.text.length > 0 ? passwordField : userField).forceActiveFocus()

    Rectangle {
        id: card
        objectName: "signInCard"
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXxl * 2, 880)
        height: Math.min(parent.height - Theme.spacingXxl * 2, form.implicitHeight + Theme.spacingXxl * 2)
        radius: Theme.radius * 2
        color: Theme.surface
        border.color: Theme.border
        clip: true

        RowLayout {
            anchors.fill: parent
            spacing: 0

            // Brand panel, and the demo people when there are any.
            Rectangle {
                Layout.fillHeight: true
                Layout.preferredWidth: 320
                color: Theme.sidebar

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXl
                    spacing: Theme.spacingM

                    RowLayout {
                        spacing: Theme.spacingS
                        Rectangle {
                            width: 32
                            height: 32
                            radius: 8
                            color: Theme.accent
                            Text {
                                anchors.centerIn: parent
                                text: "O"
                                color: "white"
                                font.pixelSize: Theme.fontSubtitle
                                font.weight: Font.Bold
                            }
                        }
                        Text {
                            text: qsTr("OpsDesk")
                            color: "white"
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Sign in with your own account. What you can see and change is decided by the database for your role.")
                        wrapMode: Text.Wrap
                        color: Theme.sidebarText
                        font.pixelSize: Theme.fontBody
                    }

                    Item {
                        Layout.fillHeight: true
                    }

                    Text {
                        visible: SignIn.demoPeople.length > 0
                        text: qsTr("Try the demo as")
                        color: Theme.sidebarText
                        font.pixelSize: Theme.fontCaption
                        font.weight: Font.DemiBold
                        font.capitalization: Font.AllUppercase
                    }
                    Repeater {
                        model: SignIn.demoPeople
                        delegate: ItemDelegate {
                            id: demoPerson
                            required property var modelData
                            required property int index
                            objectName: "demoPerson_" + modelData.role
                            Layout.fillWidth: true
                            enabled: !SignIn.busy
                            padding: Theme.spacingS
                            background: Rectangle {
                                radius: Theme.radius
                                color: demoPerson.hovered ? Theme.sidebarActive : "transparent"
                            }
                            contentItem: RowLayout {
                                spacing: Theme.spacingM
                                Avatar {
                                    initials: demoPerson.modelData.initials
                                    seed: demoPerson.modelData.signInName
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Text {
                                        text: demoPerson.modelData.displayName
                                        color: "white"
                                        font.pixelSize: Theme.fontBody
                                        font.weight: Font.DemiBold
                                    }
                                    Text {
                                        text: demoPerson.modelData.roleLabel + " · " + demoPerson.modelData.signInName
                                        color: Theme.sidebarText
                                        font.pixelSize: Theme.fontCaption
                                    }
                                }
                                Text {
                                    text: "Alt+" + (demoPerson.index + 1)
                                    color: Theme.sidebarText
                                    font.pixelSize: Theme.fontCaption
                                }
                            }
                            onClicked: SignIn.signInAsDemo(modelData.signInName)
                            Shortcut {
                                sequence: "Alt+" + (demoPerson.index + 1)
                                onActivated: SignIn.signInAsDemo(demoPerson.modelData.signInName)
                            }
                        }
                    }
                }
            }

            // The form.
            Flickable {
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: form.implicitHeight + Theme.spacingXxl * 2
                clip: true

                ColumnLayout {
                    id: form
                    x: Theme.spacingXxl
                    y: Theme.spacingXxl
                    width: parent.width - Theme.spacingXxl * 2
                    spacing: Theme.spacingM

                    Text {
                        text: qsTr("Sign in")
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                    }

                    ComboBox {
                        id: profileBox
                        objectName: "profileBox"
                        Layout.fillWidth: true
                        visible: SignIn.profiles.length > 0
                        model: SignIn.profiles
                        textRole: "name"
                        displayText: qsTr("Saved server: %1").arg(currentText)
                        onActivated: index => SignIn.selectProfile(index)
                    }

                    GridLayout {
                        Layout.fillWidth: true
                        columns: 3
                        columnSpacing: Theme.spacingM
                        rowSpacing: Theme.spacingXs

                        Label {
                            text: qsTr("Server")
                            Layout.columnSpan: 2
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontCaption
                        }
                        Label {
                            text: qsTr("Port")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontCaption
                        }
                        TextField {
                            id: hostField
                            objectName: "hostField"
                            Layout.columnSpan: 2
                            Layout.fillWidth: true
                            text: SignIn.host
                            placeholderText: qsTr("db.example.com")
                            onEditingFinished: SignIn.host = text
                            onAccepted: root.submit()
                        }
                        SpinBox {
                            id: portField
                            objectName: "portField"
                            from: 1
                            to: 65535
                            editable: true
                            value: SignIn.port
                            textFromValue: (value, locale) => String(value)
                            onValueModified: SignIn.port = value
                        }
                        Label {
                            text: qsTr("Database")
                            Layout.columnSpan: 2
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontCaption
                        }
                        Label {
                            text: qsTr("Encryption (TLS)")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontCaption
                        }
                        TextField {
                            objectName: "databaseField"
                            Layout.columnSpan: 2
                            Layout.fillWidth: true
                            text: SignIn.database
                            onEditingFinished: SignIn.database = text
                            onAccepted: root.submit()
                        }
                        ComboBox {
                            id: tlsBox
                            objectName: "tlsBox"
                            Layout.preferredWidth: 170
                            textRole: "label"
                            valueRole: "mode"
                            model: [
                                { mode: "disable", label: qsTr("Off") },
                                { mode: "prefer", label: qsTr("If available") },
                                { mode: "require", label: qsTr("Required") },
                                { mode: "verify-ca", label: qsTr("Verify certificate") },
                                { mode: "verify-full", label: qsTr("Verify certificate and host") }
                            ]
                            currentIndex: Math.max(0, indexOfValue(SignIn.tlsMode))
                            onActivated: SignIn.tlsMode = currentValue
                        }
                    }

                    Label {
                        text: qsTr("Sign-in name")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                    }
                    TextField {
                        id: userField
                        objectName: "userField"
                        Layout.fillWidth: true
                        text: SignIn.user
                        placeholderText: qsTr("e.g. maria.lopez")
                        onTextEdited: SignIn.user = text
                        onAccepted: passwordField.forceActiveFocus()
                    }
                    Label {
                        text: qsTr("Password")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                    }
                    TextField {
                        id: passwordField
                        objectName: "passwordField"
                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        onAccepted: root.submit()
                    }
                    CheckBox {
                        objectName: "rememberBox"
                        text: qsTr("Remember me on this computer (password kept in the system keychain)")
                        checked: SignIn.remember
                        onToggled: SignIn.remember = checked
                    }

                    // What went wrong, in words, with the server's own words one click away.
                    Rectangle {
                        objectName: "signInError"
                        Layout.fillWidth: true
                        visible: SignIn.errorMessage.length > 0
                        implicitHeight: errorColumn.implicitHeight + Theme.spacingM * 2
                        radius: Theme.radius
                        color: Qt.alpha(Theme.danger, 0.12)
                        border.color: Theme.danger
                        ColumnLayout {
                            id: errorColumn
                            anchors.fill: parent
                            anchors.margins: Theme.spacingM
                            spacing: Theme.spacingXs
                            Text {
                                objectName: "signInErrorText"
                                Layout.fillWidth: true
                                text: SignIn.errorMessage
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                            }
                            Text {
                                id: detailToggle
                                property bool expanded: false
                                visible: SignIn.errorDetail.length > 0
                                text: expanded ? qsTr("Hide details") : qsTr("Show details")
                                color: Theme.info
                                font.pixelSize: Theme.fontCaption
                                font.underline: true
                                MouseArea {
                                    anchors.fill: parent
                                    cursorShape: Qt.PointingHandCursor
                                    onClicked: detailToggle.expanded = !detailToggle.expanded
                                }
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: detailToggle.expanded
                                text: SignIn.errorDetail
                                wrapMode: Text.Wrap
                                color: Theme.textMuted
                                font.family: Theme.monospace
                                font.pixelSize: Theme.fontCaption
                            }
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: SignIn.keychainNotice.length > 0
                        text: SignIn.keychainNotice
                        wrapMode: Text.Wrap
                        color: Theme.warning
                        font.pixelSize: Theme.fontCaption
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingS
                        spacing: Theme.spacingM
                        BusyIndicator {
                            running: SignIn.busy
                            visible: running
                            Layout.preferredWidth: 28
                            Layout.preferredHeight: 28
                        }
                        Text {
                            visible: SignIn.busy
                            text: qsTr("Signing in…")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontBody
                        }
                        Item {
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "signInButton"
                            text: qsTr("Sign in")
                            highlighted: true
                            enabled: !SignIn.busy && userField.text.length > 0
                            onClicked: root.submit()
                        }
                    }
                }
            }
        }
    }
}
