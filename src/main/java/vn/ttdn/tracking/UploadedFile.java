package vn.ttdn.tracking;

/** A file as it arrived, before it is checked: name as the user's computer gave it, bytes as sent. */
public record UploadedFile(String fileName, byte[] content) {
}
