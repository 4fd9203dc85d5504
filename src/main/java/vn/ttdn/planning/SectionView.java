package vn.ttdn.planning;

public record SectionView(long id, String ref, String heading, int position) {
}
