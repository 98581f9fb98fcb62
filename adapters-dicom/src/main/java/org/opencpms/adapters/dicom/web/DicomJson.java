package org.opencpms.adapters.dicom.web;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.JSONRepresentationOfDicomObjectFactory;
import com.pixelmed.dicom.UniversalResourceAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonString;
import javax.json.JsonValue;

/** Data sets as PS3.18 F.2 DICOM JSON ({@code application/dicom+json}), written by PixelMed. */
final class DicomJson {

    static final String MEDIA_TYPE = "application/dicom+json";
    /** Attributes of PS3.18 that PixelMed's 2022 dictionary does not know. */
    static final AttributeTag RETRIEVE_URL = new AttributeTag(0x0008, 0x1190);
    static final AttributeTag WARNING_REASON = new AttributeTag(0x0008, 0x1196);
    static final AttributeTag FAILURE_REASON = new AttributeTag(0x0008, 0x1197);
    static final AttributeTag FAILED_SOP_SEQUENCE = new AttributeTag(0x0008, 0x1198);

    private DicomJson() {
    }

    /**
     * One data set as a DICOM JSON object. PixelMed writes tags in lower-case hex and IS/DS values as strings; F.2
     * wants upper case and numbers, which clients (OHIF's dicomweb-client) rely on: {@link #standard} puts them right.
     */
    static JsonObject of(AttributeList list) {
        try {
            return standard(new JSONRepresentationOfDicomObjectFactory().getDocument(list).getJsonObject(0));
        } catch (DicomException e) {
            throw new IllegalStateException("a data set cannot be written as DICOM JSON", e);
        }
    }

    private static JsonObject standard(JsonObject dataSet) {
        var fixed = Json.createObjectBuilder();
        dataSet.forEach((tag, value) -> fixed.add(tag.toUpperCase(Locale.ROOT), standardElement(value.asJsonObject())));
        return fixed.build();
    }

    private static JsonObject standardElement(JsonObject element) {
        String vr = element.getString("vr", "");
        if (!element.containsKey("Value") || !List.of("IS", "DS", "SQ").contains(vr)) {
            return element;
        }
        var values = Json.createArrayBuilder();
        for (JsonValue v : element.getJsonArray("Value")) {
            if (vr.equals("SQ")) {
                values.add(standard(v.asJsonObject()));
            } else if (v instanceof JsonString text && isNumber(text.getString())) {
                values.add(new BigDecimal(text.getString().strip()));
            } else {
                values.add(v);
            }
        }
        return Json.createObjectBuilder(element).add("Value", values).build();
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Data sets as a DICOM JSON array (the text of a QIDO or metadata answer). */
    static String array(List<AttributeList> lists) {
        var array = Json.createArrayBuilder();
        lists.forEach(list -> array.add(of(list)));
        return array.build().toString();
    }

    /** Sets {@code tag} to {@code value} (a blank value leaves the attribute present and empty). */
    static void put(AttributeList list, AttributeTag tag, String value) {
        try {
            Attribute a = list.putNewAttribute(tag);
            if (value != null && !value.isBlank()) {
                a.addValue(value);
            }
        } catch (DicomException e) {
            throw new IllegalStateException("cannot set " + tag, e);
        }
    }

    /** Sets the RetrieveURL (UR) of a result. */
    static void putUrl(AttributeList list, String url) {
        add(list, new UniversalResourceAttribute(RETRIEVE_URL), url);
    }

    /** Sets an unsigned short (US) attribute. */
    static void putNumber(AttributeList list, AttributeTag tag, int value) {
        add(list, new UnsignedShortAttribute(tag), Integer.toString(value));
    }

    private static void add(AttributeList list, Attribute a, String value) {
        try {
            a.addValue(value);
        } catch (DicomException e) {
            throw new IllegalStateException("cannot set " + a.getTag(), e);
        }
        list.put(a);
    }

    /** Copies {@code tag} from {@code from} if it is there. */
    static void copy(AttributeList from, AttributeList to, AttributeTag tag) {
        Attribute a = from.get(tag);
        if (a != null) {
            to.put(a);
        }
    }
}
