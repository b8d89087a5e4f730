import QtQuick
import QtQuick.Layouts
import OpsDesk

// One KPI of the Overview: title, newest value with its unit, trend against ten minutes ago
// (coloured by what the change means for this series), a 30-minute sparkline, and the colour of
// an alert rule that is pending (warning) or alerting (danger) on the series.
Rectangle {
    id: root

    property string title
    property string valueLabel
    property string unit
    property string trendLabel
    property string trendMeaning
    property string alertMeaning
    property string alertLabel
    property string tip
    // Shown instead of the trend when set (e.g. "No samples in the last 30 minutes").
    property string caption
    property var sparkline: []

    readonly property color tone: root.alertMeaning.length > 0 ? Theme.meaningColor(root.alertMeaning) : Theme.border

    implicitHeight: 124
    implicitWidth: 200
    radius: Theme.radius
    color: root.alertMeaning.length > 0 ? Qt.tint(Theme.surface, Qt.rgba(root.tone.r, root.tone.g, root.tone.b, 0.10)) : Theme.surface
    border.color: root.tone
    border.width: root.alertMeaning.length > 0 ? 2 : 1
    Accessible.name: qsTr("%1: %2 %3. %4", "@info accessible KPI tile").arg(root.title).arg(root.valueLabel).arg(root.unit).arg(root.trendLabel)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: 2

        Text {
            objectName: "kpiTitle"
            Layout.fillWidth: true
            text: root.title
            horizontalAlignment: Text.AlignLeft
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Text {
                objectName: "kpiValue"
                text: root.valueLabel
                font.pixelSize: 26
                font.weight: Font.DemiBold
                color: root.alertMeaning.length > 0 ? root.tone : Theme.text
            }
            Text {
                objectName: "kpiUnit"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBaseline
                text: root.unit
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.pixelSize: Theme.fontCaption
                color: Theme.textMuted
            }
        }
        Text {
            objectName: "kpiTrend"
            Layout.fillWidth: true
            text: root.alertLabel.length > 0 ? root.alertLabel : root.caption.length > 0 ? root.caption : root.trendLabel
            wrapMode: root.caption.length > 0 ? Text.Wrap : Text.NoWrap
            maximumLineCount: 2
            horizontalAlignment: Text.AlignLeft
            elide: Text.ElideRight
            font.pixelSize: Theme.fontCaption
            font.weight: root.alertLabel.length > 0 ? Font.DemiBold : Font.Normal
            color: root.alertLabel.length > 0 ? root.tone : Theme.meaningColor(root.trendMeaning)
        }
        Sparkline {
            objectName: "kpiSparkline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 18
            points: root.sparkline
            color: root.alertMeaning.length > 0 ? root.tone : Theme.chartLine
        }
    }

    ToolTipArea {
        tip: root.tip
    }
}
