pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtCharts
import OpsDesk.Models as Models
import OpsDesk

// One metric series as a line chart over the range its MetricSeriesModel shows: title, unit and
// current value; dashed threshold lines for the enabled alert rules (coloured by severity);
// shaded periods where the series breached a threshold; a crosshair read-out under the pointer;
// PNG export (the button, or Ctrl+E while the chart has focus). The points are fed into the
// LineSeries by the MetricChart element (C++): replaced once per range switch, appended live.
// Time runs left to right in every language, as charts do.
FocusScope {
    id: root

    required property Models.MetricSeriesModel seriesModel
    property int seriesId: 0
    property string seriesName: ""
    property bool compact: false
    property color lineColor: Theme.chartLine
    // What the last export did, shown for a few seconds.
    property string exportMessage: ""
    property bool exportFailed: false

    readonly property alias feed: feed
    readonly property alias chartView: chart
    property var thresholdLines: []

    implicitWidth: 420
    implicitHeight: root.compact ? 240 : 280
    activeFocusOnTab: true
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("%1 chart, %2 %3", "@info accessible chart").arg(feed.title).arg(feed.valueLabel).arg(feed.unit)

    // Saves the card (title, value and chart) as a PNG at @p path; says where, or why not.
    function exportTo(path: string) {
        card.grabToImage(function(result) {
            root.exportFailed = !result.saveToFile(path)
            root.exportMessage = root.exportFailed ? qsTr("Could not save the chart to %1").arg(path)
                                                   : qsTr("Chart saved to %1").arg(path)
            messageTimer.restart()
        })
    }

    function exportImage() {
        saveDialog.selectedFile = feed.suggestedFileUrl()
        saveDialog.open()
    }

    // The dashed threshold lines are series of the chart: one per enabled rule, recreated when
    // the rules change; the MetricChart element keeps them across the window.
    function rebuildThresholdLines() {
        for (const line of root.thresholdLines)
            chart.removeSeries(line)
        const lines = []
        for (const threshold of feed.thresholds) {
            const line = chart.createSeries(ChartView.SeriesTypeLine, threshold.label, timeAxis, valueAxis)
            line.style = Qt.DashLine
            line.width = 1.5
            line.color = Theme.severityColor(threshold.severity)
            lines.push(line)
        }
        root.thresholdLines = lines
        feed.thresholdSeries = lines
    }

    Models.MetricChart {
        id: feed
        objectName: "metricChart"
        model: root.seriesModel
        seriesId: root.seriesId
        seriesName: root.seriesName
        series: line
        axisX: timeAxis
        axisY: valueAxis // qmllint disable type
        onThresholdsChanged: root.rebuildThresholdLines()
    }

    Timer {
        id: messageTimer
        interval: 6000
        onTriggered: root.exportMessage = ""
    }

    Shortcut {
        sequence: "Ctrl+E"
        enabled: root.activeFocus
        onActivated: root.exportImage()
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Export chart as PNG")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PNG images (*.png)")]
        defaultSuffix: "png"
        onAccepted: root.exportTo(feed.localPath(saveDialog.selectedFile))
    }

    Rectangle {
        id: card
        objectName: "metricChartCard"
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        border.color: root.activeFocus ? Theme.accent : Theme.border
        border.width: root.activeFocus ? 2 : 1

        MouseArea {
            anchors.fill: parent
            onPressed: mouse => {
                root.forceActiveFocus()
                mouse.accepted = false
            }
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        objectName: "chartTitle"
                        Layout.fillWidth: true
                        text: feed.title
                        horizontalAlignment: Text.AlignLeft
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSubtitle
                        font.weight: Font.DemiBold
                        color: Theme.text
                        ToolTipArea { tip: feed.description }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: feed.thresholds.length > 0
                              ? qsTr("%1 · %2", "@info unit · alert rules").arg(feed.unit.length > 0 ? feed.unit : qsTr("no unit"))
                                  .arg(feed.thresholds.length === 1 ? qsTr("1 alert rule") : qsTr("%n alert rules", "", feed.thresholds.length))
                              : feed.unit
                        horizontalAlignment: Text.AlignLeft
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textMuted
                    }
                }
                Text {
                    objectName: "chartValue"
                    text: feed.valueLabel
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                ToolButton {
                    objectName: "exportButton"
                    text: "⤓"
                    font.pixelSize: Theme.fontSubtitle
                    enabled: feed.pointCount > 0
                    Accessible.name: qsTr("Export chart as PNG")
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Export this chart as a PNG image (Ctrl+E)")
                    onClicked: root.exportImage()
                }
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ChartView {
                    id: chart
                    objectName: "chartView"
                    anchors.fill: parent
                    anchors.leftMargin: -Theme.spacingS
                    anchors.rightMargin: -Theme.spacingXs
                    antialiasing: true
                    legend.visible: false
                    backgroundColor: "transparent"
                    plotAreaColor: "transparent"
                    backgroundRoundness: 0
                    margins.top: Theme.spacingS
                    margins.bottom: 0
                    margins.left: 0
                    margins.right: Theme.spacingS
                    animationOptions: ChartView.NoAnimation
                    // Empty: only the message below, no axes without data.
                    opacity: feed.pointCount > 0 ? 1 : 0
                    // Time left to right, whatever the layout direction.
                    LayoutMirroring.enabled: false

                    DateTimeAxis {
                        id: timeAxis
                        format: root.seriesModel.timeFormat
                        tickCount: root.compact ? 4 : 5
                        labelsColor: Theme.chartLabel
                        labelsFont: Qt.font({ pixelSize: Theme.chartLabelSize })
                        gridLineColor: Theme.chartGrid
                        color: Theme.chartAxis
                    }
                    // The linter of Qt 6.4 does not know Qt Charts' ValueAxis (a false positive, see
                    // the platform notes): silenced for this element and its two uses only.
                    // qmllint disable import type property
                    ValueAxis {
                        id: valueAxis
                        tickCount: 5
                        labelFormat: "%.4g"
                        labelsColor: Theme.chartLabel
                        labelsFont: Qt.font({ pixelSize: Theme.chartLabelSize })
                        gridLineColor: Theme.chartGrid
                        color: Theme.chartAxis
                    }
                    // qmllint enable import type property
                    LineSeries {
                        id: line
                        objectName: "valueSeries"
                        name: feed.title
                        axisX: timeAxis
                        axisY: valueAxis // qmllint disable type
                        color: root.lineColor
                        width: 2
                    }
                }

                // Overlays in plot-area coordinates (time → x by the window, value → y by the axis).
                Item {
                    id: plot
                    x: chart.x + chart.plotArea.x
                    y: chart.y + chart.plotArea.y
                    width: chart.plotArea.width
                    height: chart.plotArea.height
                    clip: true
                    LayoutMirroring.enabled: false

                    readonly property real span: Math.max(1, feed.rangeEndMs - feed.rangeStartMs)
                    function xOf(ms: real): real {
                        return (ms - feed.rangeStartMs) / plot.span * plot.width
                    }
                    function yOf(value: real): real {
                        const range = Math.max(1e-9, feed.maxValue - feed.minValue)
                        return (1 - (value - feed.minValue) / range) * plot.height
                    }

                    Repeater {
                        model: feed.breaches
                        delegate: Rectangle {
                            required property var modelData
                            objectName: "breachShade"
                            x: plot.xOf(modelData.startMs)
                            width: Math.max(2, plot.xOf(modelData.endMs) - x)
                            height: plot.height
                            color: Theme.severityColor(modelData.severity)
                            opacity: Theme.chartBreachOpacity
                        }
                    }

                    MouseArea {
                        id: hover
                        objectName: "chartHover"
                        anchors.fill: parent
                        hoverEnabled: true
                        acceptedButtons: Qt.NoButton
                        readonly property var reading: hover.containsMouse
                            ? feed.readout(feed.rangeStartMs + hover.mouseX / plot.width * plot.span) : ({})
                        readonly property bool active: hover.containsMouse && hover.reading.atMs !== undefined
                    }

                    Rectangle {
                        objectName: "crosshair"
                        visible: hover.active
                        x: hover.active ? Math.round(plot.xOf(hover.reading.atMs)) : 0
                        width: 1
                        height: plot.height
                        color: Theme.chartCrosshair
                    }
                    Rectangle {
                        visible: hover.active
                        width: 8
                        height: 8
                        radius: 4
                        color: root.lineColor
                        border.color: Theme.surface
                        x: hover.active ? plot.xOf(hover.reading.atMs) - 4 : 0
                        y: hover.active ? plot.yOf(hover.reading.value) - 4 : 0
                    }
                    Rectangle {
                        id: readoutBox
                        objectName: "readout"
                        visible: hover.active
                        readonly property real pointX: hover.active ? plot.xOf(hover.reading.atMs) : 0
                        x: pointX + width + 12 > plot.width ? pointX - width - 8 : pointX + 8
                        y: Theme.spacingXs
                        width: readoutColumn.implicitWidth + Theme.spacingS * 2
                        height: readoutColumn.implicitHeight + Theme.spacingXs * 2
                        radius: Theme.radiusSmall
                        color: Theme.surfaceRaised
                        border.color: Theme.border
                        Column {
                            id: readoutColumn
                            anchors.centerIn: parent
                            Text {
                                objectName: "readoutTime"
                                text: hover.active ? hover.reading.timeLabel : ""
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textMuted
                            }
                            Text {
                                objectName: "readoutValue"
                                text: hover.active ? hover.reading.valueLabel : ""
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                        }
                    }
                }

                // Switching ranges keeps the old line until the new points replace it (the page
                // header shows the load); a chart with nothing to draw says why.
                EmptyState {
                    anchors.fill: parent
                    visible: feed.pointCount === 0 || error
                    busy: feed.loading && root.seriesModel.pointsError.length === 0
                    error: root.seriesModel.pointsError.length > 0
                    title: error ? qsTr("Could not load this chart")
                         : busy ? qsTr("Loading…")
                         : qsTr("No samples in this range yet")
                    hint: error ? qsTr("%1. Check the database connection, then press F5.").arg(root.seriesModel.pointsError)
                        : busy ? ""
                        : feed.builtin ? qsTr("opsdeskd serve collects every 10 s; points appear here as they arrive.")
                        : qsTr("Another service pushes this series through POST /api/v1/metrics; points appear as they arrive.")
                }
            }

            Text {
                objectName: "exportMessage"
                Layout.fillWidth: true
                visible: root.exportMessage.length > 0
                text: root.exportMessage
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideMiddle
                font.pixelSize: Theme.fontCaption
                color: root.exportFailed ? Theme.danger : Theme.success
            }
        }
    }
}
