package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labelled fields of a task ("b) Cơ quan chủ trì: …", "Thời gian thực hiện: …"), in any order, and the
 * splitting of a line that carries several ("… các cơ quan có liên quan. c) Thời gian thực hiện: Thường xuyên").
 */
final class FieldLabels {

    enum Field { CONTENT, LEAD, COORDINATING, TIMEFRAME, OUTPUT }

    record Labelled(Field field, String value) {
    }

    private record Label(String text, Field field) {
    }

    /** Longest first, so "cơ quan chủ trì thực hiện" is not read as "cơ quan chủ trì". */
    private static final List<Label> LABELS = List.of(
            new Label("cơ quan, đơn vị chủ trì", Field.LEAD), new Label("cơ quan/đơn vị chủ trì", Field.LEAD),
            new Label("cơ quan, đơn vị phối hợp", Field.COORDINATING),
            new Label("cơ quan/đơn vị phối hợp", Field.COORDINATING),
            new Label("cơ quan, đơn vị thực hiện", Field.LEAD), new Label("cơ quan chỉ đạo, hướng dẫn", Field.COORDINATING),
            new Label("cơ quan chủ trì thực hiện", Field.LEAD), new Label("đơn vị chủ trì thực hiện", Field.LEAD),
            new Label("cơ quan chủ trì", Field.LEAD), new Label("đơn vị chủ trì", Field.LEAD),
            new Label("cơ quan thực hiện", Field.LEAD), new Label("đơn vị thực hiện", Field.LEAD),
            new Label("cơ quan phối hợp", Field.COORDINATING), new Label("đơn vị phối hợp", Field.COORDINATING),
            new Label("cơ quan chỉ đạo", Field.COORDINATING), new Label("cơ quan hướng dẫn", Field.COORDINATING),
            new Label("thời gian thực hiện", Field.TIMEFRAME), new Label("thời gian hoàn thành", Field.TIMEFRAME),
            new Label("thời hạn hoàn thành", Field.TIMEFRAME), new Label("tiến độ thực hiện", Field.TIMEFRAME),
            new Label("thời gian", Field.TIMEFRAME), new Label("thời hạn", Field.TIMEFRAME),
            new Label("tiến độ", Field.TIMEFRAME), new Label("sản phẩm đầu ra", Field.OUTPUT),
            new Label("kết quả dự kiến", Field.OUTPUT), new Label("kết quả đầu ra", Field.OUTPUT),
            new Label("sản phẩm", Field.OUTPUT), new Label("nội dung thực hiện", Field.CONTENT),
            new Label("nội dung", Field.CONTENT), new Label("chủ trì", Field.LEAD), new Label("phối hợp", Field.COORDINATING));

    private FieldLabels() {
    }

    /** The field a text opens with ("Cơ quan chủ trì: Sở X."), or null. */
    static Labelled parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Label l : LABELS) {
            if (lower.startsWith(l.text())) {
                int p = l.text().length();
                while (p < text.length() && text.charAt(p) == ' ') {
                    p++;
                }
                if (p < text.length() && text.charAt(p) == ':') {
                    return new Labelled(l.field(), text.substring(p + 1).strip());
                }
            }
        }
        return null;
    }

    /** Splits "X. c) Thời gian thực hiện: Y" into "X." and "c) Thời gian thực hiện: Y" (letters a–g). */
    static List<String> splitInline(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            if (text.charAt(i - 1) == ' ' && c >= 'a' && c <= 'g' && text.charAt(i + 1) == ')'
                    && text.charAt(i + 2) == ' ' && parse(text.substring(i + 3)) != null) {
                parts.add(text.substring(from, i).strip());
                from = i;
            }
        }
        parts.add(text.substring(from).strip());
        return parts;
    }
}
