package org.newsatlas.dashboard;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsatlas.places.StoredPlace;

/** Places with their counts as KML 2.2 placemarks, for Google Earth and GIS tools. */
public final class PlacesKml {

    static final String NAMESPACE = "http://www.opengis.net/kml/2.2";

    private PlacesKml() {
    }

    public static void write(List<MapPlace> places, Writer out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("kml");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement("Document");
        element(xml, "name", "NewsAtlas places");
        for (MapPlace counted : places) {
            StoredPlace place = counted.place();
            xml.writeStartElement("Placemark");
            element(xml, "name", place.name());
            element(xml, "description", "%d mention%s in %d article%s".formatted(counted.mentions(),
                    counted.mentions() == 1 ? "" : "s", counted.articles(), counted.articles() == 1 ? "" : "s"));
            xml.writeStartElement("ExtendedData");
            data(xml, "placeId", Long.toString(place.id()));
            data(xml, "geonameid", Long.toString(place.geonameId()));
            data(xml, "countryCode", place.countryCode() == null ? "" : place.countryCode());
            data(xml, "featureCode", place.featureCode() == null ? "" : place.featureCode());
            data(xml, "mentions", Integer.toString(counted.mentions()));
            data(xml, "articles", Integer.toString(counted.articles()));
            xml.writeEndElement();
            xml.writeStartElement("Point");
            element(xml, "coordinates", String.format(Locale.ROOT, "%.6f,%.6f", place.longitude(), place.latitude()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static void data(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("Data");
        xml.writeAttribute("name", name);
        element(xml, "value", value);
        xml.writeEndElement();
    }
}
