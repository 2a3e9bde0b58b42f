package app.tandem.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Just enough multipart/form-data parsing for the fake Bot API: text fields become JSON fields; a file field
 * becomes {@code {"file_name": ..., "size": ..., "bytes": <base64>}}.
 */
final class Multipart {

	private static final Pattern DISPOSITION = Pattern
		.compile("name=\"([^\"]*)\"(?:; filename=\"([^\"]*)\")?");

	private Multipart() {
	}

	static ObjectNode parse(byte[] body, String contentType) {
		String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
		String raw = new String(body, StandardCharsets.ISO_8859_1);
		ObjectNode result = new ObjectMapper().createObjectNode();
		for (String part : raw.split(Pattern.quote(boundary))) {
			int split = part.indexOf("\r\n\r\n");
			if (split < 0) {
				continue;
			}
			String headers = part.substring(0, split);
			String content = part.substring(split + 4);
			if (content.endsWith("\r\n")) {
				content = content.substring(0, content.length() - 2);
			}
			Matcher matcher = DISPOSITION.matcher(headers);
			if (!matcher.find()) {
				continue;
			}
			byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
			if (matcher.group(2) != null) {
				ObjectNode file = result.putObject(matcher.group(1));
				file.put("file_name", matcher.group(2));
				file.put("size", bytes.length);
				file.put("bytes", bytes);
			}
			else {
				result.put(matcher.group(1), new String(bytes, StandardCharsets.UTF_8));
			}
		}
		resolveAttachments(result);
		return result;
	}

	/** A field {@code "document": "attach://report.pdf"} names the file part it refers to: put the file there. */
	private static void resolveAttachments(ObjectNode result) {
		var names = new ArrayList<String>();
		result.fieldNames().forEachRemaining(names::add);
		for (String name : names) {
			String value = result.path(name).asText("");
			if (value.startsWith("attach://") && result.has(value.substring(9))) {
				result.set(name, result.get(value.substring(9)));
			}
		}
	}

}
