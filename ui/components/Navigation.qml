pragma Singleton
import QtQuick

// Which page the window shows; every navigation goes through here (Main.qml reacts).
QtObject {
    id: root

    readonly property var pages: ["overview", "conversations", "events", "audit", "users", "apikeys", "outbound", "canned", "metrics", "incidents", "alertrules"]
    property string page: "overview"
    // A row the opened page should select and show (e.g. a person's id from the audit trail);
    // the page clears it once it has done so.
    property string focusId: ""

    signal pageRequested(string page)

    function openAt(name: string, id: string) {
        root.focusId = id
        root.open(name)
    }

    function open(name: string) {
        if (root.pages.indexOf(name) >= 0) {
            root.page = name
            root.pageRequested(name)
        }
    }
}
