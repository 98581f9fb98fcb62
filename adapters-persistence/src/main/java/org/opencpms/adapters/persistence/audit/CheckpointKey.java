package org.opencpms.adapters.persistence.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The server's Ed25519 key that signs audit checkpoints: a PKCS#8 private key in PEM ({@code <file>}) and its X.509
 * public key next to it ({@code <file>.pub}), created on first use (the private key readable by its owner only) so
 * that an operator can hand the public key to whoever checks the shipped checkpoints.
 */
final class CheckpointKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key kept in {@code file}, created there first if there is none. */
    static CheckpointKey at(Path file) {
        try {
            Path pub = file.resolveSibling(file.getFileName() + ".pub");
            if (!Files.exists(file)) {
                create(file, pub);
            }
            var factory = KeyFactory.getInstance(ALGORITHM);
            return new CheckpointKey(factory.generatePrivate(new PKCS8EncodedKeySpec(pem(file))),
                    factory.generatePublic(new X509EncodedKeySpec(pem(pub))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit checkpoint key in " + file + " is not an Ed25519 key pair", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the audit checkpoint key in " + file + " cannot be read", e);
        }
    }

    private static void create(Path file, Path pub) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(file, "", StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions; the directory's protect the key
        }
        Files.writeString(file, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pem(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "");
        return Base64.getMimeDecoder().decode(body);
    }

    byte[] sign(byte[] message) {
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    boolean verifies(byte[] message, byte[] signed) {
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(message);
            return signature.verify(signed);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
