package vn.ttdn.tracking;

public record EvidenceContent(String fileName, String contentType, byte[] content) {
}
